namespace GridFlow.Contracts.Tasks;

/// <summary>The statuses of a task (<c>GET /api/tasks?status=</c>, and the <c>workflow_tasks.status</c> column).</summary>
public static class TaskStatuses
{
    /// <summary>Waiting for its assignee.</summary>
    public const string Open = "open";

    /// <summary>Completed with an outcome.</summary>
    public const string Done = "done";

    /// <summary>Closed without an outcome, because the workflow moved past it (another branch, a migration).</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Every status.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Open, Done, Cancelled };
}
