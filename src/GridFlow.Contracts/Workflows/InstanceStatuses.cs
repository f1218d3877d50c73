namespace GridFlow.Contracts.Workflows;

/// <summary>The statuses of a workflow instance (<c>GET /api/workflow-instances/{id}</c>).</summary>
public static class InstanceStatuses
{
    public const string Running = "running";

    /// <summary>No task is open any more: every path has ended.</summary>
    public const string Completed = "completed";
}
