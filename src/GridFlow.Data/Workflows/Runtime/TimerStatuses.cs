namespace GridFlow.Data.Workflows.Runtime;

/// <summary>The <c>workflow_timers.status</c> values. A timer that can no longer fire is deleted, not marked.</summary>
public static class TimerStatuses
{
    public const string Pending = "pending";
    public const string Fired = "fired";
}
