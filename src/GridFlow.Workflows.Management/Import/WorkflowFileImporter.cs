using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Workflows.Management.Import;

/// <summary>
/// At startup, publishes every definition file in the workflows folder whose content changed since it was last
/// imported (as a new version; running instances keep theirs), and inserts the default issue categories that are
/// missing. Registered after the migrator, so the schema exists. Nodes starting together take turns on an advisory
/// lock, so each change is imported exactly once.
/// </summary>
public sealed partial class WorkflowFileImporter(
    IServiceScopeFactory scopes,
    IOptions<WorkflowOptions> options,
    WorkflowValidator validator,
    WorkflowDefinitionStore store,
    TimeProvider clock,
    ILogger<WorkflowFileImporter> logger) : IHostedService
{
    private static readonly IAuditActor SystemActor = new SystemAuditActor();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = WorkflowDirectoryLocator.Find(options.Value);
        if (directory is null || !Directory.Exists(directory))
        {
            throw new InvalidWorkflowFilesException(
                $"The workflows folder {directory ?? "(not found above the application or the current directory)"} does not exist. "
                + "Set Workflows:Directory to the folder holding the workflow definition files.");
        }

        var files = await new WorkflowFileReader(validator, logger).ReadAllAsync(directory, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DefinitionLocks.LockImportAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var file in files)
        {
            await ImportAsync(db, file, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnsureCategoriesAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        store.Invalidate();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportAsync(GridFlowDbContext db, WorkflowFile file, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await DefinitionLocks.LockDefinitionAsync(db, file.DefinitionId, cancellationToken);
        var versions = db.WorkflowDefinitions.Where(d => d.DefinitionId == file.DefinitionId);
        var lastImportedHash = await versions.Where(d => d.Origin == DefinitionOrigins.File)
            .OrderByDescending(d => d.Version).Select(d => d.ContentHash).FirstOrDefaultAsync(cancellationToken);
        if (lastImportedHash == file.ContentHash)
        {
            LogUnchanged(logger, file.FileName, file.DefinitionId);
            return;
        }

        var version = (await versions.MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;
        var row = new WorkflowDefinitionVersion
        {
            DefinitionId = file.DefinitionId,
            Version = version,
            Name = file.Name,
            Description = file.Description,
            Status = DefinitionStatuses.Published,
            Json = DefinitionDocument.ToText(DefinitionDocument.WithVersion(file.Json, version)),
            ContentHash = file.ContentHash,
            Origin = DefinitionOrigins.File,
            CreatedAt = now,
            CreatedBy = SystemActor.UserName,
            PublishedAt = now,
        };
        db.WorkflowDefinitions.Add(row);
        AuditTrail.Add(db, SystemActor, now, AuditTrail.Created, DefinitionAuditSnapshot.EntityType, row.DefinitionId, null, DefinitionAuditSnapshot.Of(row));
        LogImported(logger, file.FileName, file.DefinitionId, version);
    }

    private async Task EnsureCategoriesAsync(GridFlowDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = await db.WorkflowDefinitions.Where(d => d.Status == DefinitionStatuses.Published)
            .Select(d => d.DefinitionId).Distinct().ToListAsync(cancellationToken);
        foreach (var (code, name, definitionId) in DefaultIssueCategories.All)
        {
            if (!published.Contains(definitionId))
            {
                LogCategorySkipped(logger, code, definitionId);
                continue;
            }

            // ON CONFLICT: a designer may be creating the same category on another node right now; theirs wins.
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO issue_categories (code, name, workflow_definition_id, updated_at) VALUES ({code}, {name}, {definitionId}, {now}) ON CONFLICT (code) DO NOTHING",
                cancellationToken);
            if (inserted > 0)
            {
                LogCategoryAdded(logger, code, definitionId);
            }
        }
    }

    [LoggerMessage(LogLevel.Debug, "Workflow file {FileName} ({DefinitionId}) is unchanged since its last import")]
    private static partial void LogUnchanged(ILogger logger, string fileName, string definitionId);

    [LoggerMessage(LogLevel.Information, "Imported workflow file {FileName} as {DefinitionId} v{Version}, published")]
    private static partial void LogImported(ILogger logger, string fileName, string definitionId, int version);

    [LoggerMessage(LogLevel.Information, "Added default issue category {Code} → {DefinitionId}")]
    private static partial void LogCategoryAdded(ILogger logger, string code, string definitionId);

    [LoggerMessage(LogLevel.Warning, "Default issue category {Code} not added: definition {DefinitionId} has no published version")]
    private static partial void LogCategorySkipped(ILogger logger, string code, string definitionId);
}
