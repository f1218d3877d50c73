namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>A task read under its instance's row lock, with its instance and issue.</summary>
public sealed record LockedTask(
    Guid TaskId,
    Guid InstanceId,
    string DefinitionId,
    int Version,
    string StateJson,
    string ActivityId,
    string Status,
    ResolvedAssignee Assignee,
    IssueContext Issue)
{
    /// <summary>Of the attachment ids the locker was asked about, those that exist.</summary>
    public IReadOnlySet<Guid> ExistingAttachments { get; init; } = new HashSet<Guid>();
}
