using System.Text;

namespace GridFlow.Workflows.Management.Import;

/// <summary>
/// Reads and validates every <c>*.json</c> in the workflows folder. Any invalid file stops the import (and the
/// start): each problem is logged with the file name, and the exception names them all.
/// </summary>
internal sealed partial class WorkflowFileReader(WorkflowValidator validator, ILogger logger)
{
    private const int MaxDefinitionIdLength = 64;
    private const int MaxNameLength = 256;

    public async Task<IReadOnlyList<WorkflowFile>> ReadAllAsync(string directory, CancellationToken cancellationToken)
    {
        var files = new List<WorkflowFile>();
        var failures = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var (file, problems) = Read(fileName, bytes);
            if (file is not null && files.Find(f => f.DefinitionId == file.DefinitionId) is { } twin)
            {
                problems = [new WorkflowProblem("/definitionId", $"'{file.DefinitionId}' is also defined in {twin.FileName}.")];
            }

            if (problems.Count > 0)
            {
                var text = string.Join("; ", problems);
                LogInvalid(logger, fileName, problems.Count, text);
                failures.Add($"{fileName}: {text}");
            }
            else
            {
                files.Add(file!);
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidWorkflowFilesException(
                $"{failures.Count} workflow definition file(s) in {directory} are invalid, so GridFlow will not start. "
                + $"Fix them (POST /api/workflow-definitions/validate reports the same problems): {string.Join(" | ", failures)}");
        }

        return files;
    }

    private (WorkflowFile? File, IReadOnlyList<WorkflowProblem> Problems) Read(string fileName, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var problems = validator.Validate(text);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var definition = WorkflowDefinition.Load(text);
        if (definition.DefinitionId.Length > MaxDefinitionIdLength || definition.Name.Length > MaxNameLength)
        {
            return (null, [new WorkflowProblem("/definitionId", $"The definition id may have at most {MaxDefinitionIdLength} characters and the name at most {MaxNameLength}.")]);
        }

        var json = JsonNode.Parse(text)!.AsObject();
        return (new WorkflowFile(fileName, definition.DefinitionId, definition.Name, definition.Description, json, Services.DefinitionDocument.Sha256(bytes)), []);
    }

    [LoggerMessage(LogLevel.Error, "Workflow file {FileName} is invalid ({ProblemCount} problems): {Problems}")]
    private static partial void LogInvalid(ILogger logger, string fileName, int problemCount, string problems);
}
