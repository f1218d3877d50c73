namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// What one stimulus did, for the runtime to write in one transaction: the new state, journal lines, tasks to
/// open (with their timers) and to close, the outbox, status and variable changes, and whether the instance is done.
/// </summary>
public sealed record StepResult(
    WorkflowInstanceState State,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<UserTaskToOpen> OpenedTasks,
    IReadOnlyList<string> ClosedTasks,
    IReadOnlyList<OutboxNotification> Notifications,
    IReadOnlyList<StatusChange> StatusChanges,
    IReadOnlyList<VariableChange> VariableChanges,
    bool Completed)
{
    /// <summary>Every timer of the opened tasks.</summary>
    public IEnumerable<TimerRung> Timers => OpenedTasks.SelectMany(t => t.Timers);
}
