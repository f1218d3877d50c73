namespace GridFlow.Workflows.Core.Execution;

/// <summary>The <see cref="JournalEntry.Event"/> values.</summary>
public static class JournalEvents
{
    public const string Executed = "executed";
    public const string TaskOpened = "task-opened";
    public const string TaskAlreadyOpen = "task-already-open";
    public const string TaskCompleted = "task-completed";
    public const string JoinWaiting = "join-waiting";
    public const string PathEnded = "path-ended";
}
