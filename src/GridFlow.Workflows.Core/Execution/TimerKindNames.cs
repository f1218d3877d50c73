namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// How a <see cref="TimerKind"/> is written where it is stored (the <c>workflow_timers.kind</c> column and the rungs
/// of a ladder's <c>rest</c>): its name in lower case, the same as its JSON form.
/// </summary>
public static class TimerKindNames
{
    public static string Name(this TimerKind kind) => kind switch
    {
        TimerKind.Reminder => "reminder",
        TimerKind.Due => "due",
        TimerKind.Escalation => "escalation",
        TimerKind.Timeout => "timeout",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a timer kind."),
    };

    public static TimerKind Parse(string name) => name switch
    {
        "reminder" => TimerKind.Reminder,
        "due" => TimerKind.Due,
        "escalation" => TimerKind.Escalation,
        "timeout" => TimerKind.Timeout,
        _ => throw new FormatException($"'{name}' is not a timer kind."),
    };
}
