namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// A timer row the runtime writes with the task it belongs to. Escalation timers carry the rung's level, role,
/// scope and card; timeout timers carry the outcome to complete the task with.
/// </summary>
public sealed record TimerRequest(
    string ActivityId,
    TimerKind Kind,
    DateTimeOffset DueAt,
    int? Level = null,
    string? Role = null,
    string? Scope = null,
    string? Card = null,
    string? Outcome = null);
