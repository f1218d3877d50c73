namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The <c>workflow_timers.kind</c> values, as the runtime writes them.</summary>
public static class TimerKinds
{
    public const string Reminder = "reminder";
    public const string Due = "due";
    public const string Escalation = "escalation";
    public const string Timeout = "timeout";
}
