namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// One rung of a user task's timer ladder, as the engine plans it and the runtime stores it: a reminder, the deadline,
/// an escalation (with its level, role, scope and card) or a timeout (with the outcome to complete the task with).
/// </summary>
public sealed record TimerRung(
    TimerKind Kind,
    DateTimeOffset DueAt,
    int? Level = null,
    string? Role = null,
    string? Scope = null,
    string? Card = null,
    string? Outcome = null);
