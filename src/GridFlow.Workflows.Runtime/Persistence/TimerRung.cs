using GridFlow.Workflows.Core.Execution;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// One rung of a task's timer ladder (a reminder, the deadline, an escalation, a timeout): the columns of a
/// <c>workflow_timers</c> row, and an element of a pending row's <c>rest</c>.
/// </summary>
public sealed record TimerRung(
    TimerKind Kind,
    DateTimeOffset DueAt,
    int? Level = null,
    string? Role = null,
    string? Scope = null,
    string? Card = null,
    string? Outcome = null)
{
    /// <summary>
    /// The rung of a planned timer, its time cut to microseconds as PostgreSQL stores it, so a rung reads the same
    /// from <c>rest</c> as from the columns (and as the task's <c>due_at</c>).
    /// </summary>
    public static TimerRung From(TimerRequest request)
    {
        var due = request.DueAt.ToUniversalTime();
        return new(request.Kind, due.AddTicks(-(due.Ticks % 10)), request.Level, request.Role, request.Scope, request.Card, request.Outcome);
    }
}
