namespace GridFlow.Workflows.Core.Execution;

/// <summary>A user task the runtime must create, with its deadline resolved and its timers.</summary>
public sealed record UserTaskToOpen(
    string ActivityId,
    string Name,
    AssigneeRule Assignee,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<FormField> Form,
    IReadOnlyList<TimerRung> Timers);
