using GridFlow.Data.Auditing;
using GridFlow.Workflows.Management.Import;
using GridFlow.Workflows.Management.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Schemes;

/// <summary>
/// At startup, publishes each scheme file of <c>workflows/assessment/</c> whose content changed since it was last
/// imported (a new version; runs keep the version they used). A file that is not a valid scheme stops the start with
/// its problems, as a broken workflow file does. Nodes starting together take turns on the scheme's advisory lock.
/// </summary>
public sealed partial class SchemeFileImporter(IServiceScopeFactory scopes, IOptions<WorkflowOptions> workflows, ILogger<SchemeFileImporter> logger) : IHostedService
{
    private static readonly IAuditActor SystemActor = new SystemAuditActor();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = WorkflowDirectoryLocator.Find(workflows.Value) is { } root ? Path.Combine(root, "assessment") : null;
        if (directory is null || !Directory.Exists(directory))
        {
            LogNoFolder(logger, directory ?? "workflows/assessment");
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<SchemeStore>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var scheme = JsonNode.Parse(text);
            var problems = SchemeValidator.Validate(scheme);
            if (problems.Any)
            {
                throw new InvalidOperationException(
                    $"The scheme file {path} is not valid: {string.Join("; ", problems.ByPointer.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}"))}");
            }

            var imported = await store.ImportAsync(scheme!.AsObject(), text, SystemActor, cancellationToken);
            LogFile(logger, Path.GetFileName(path), scheme["schemeId"]!.GetValue<string>(), imported);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No scheme folder at {Directory}: no assessment scheme was imported")]
    private static partial void LogNoFolder(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheme file {File} ({SchemeId}): published as a new version: {Imported}")]
    private static partial void LogFile(ILogger logger, string file, string schemeId, bool imported);
}
