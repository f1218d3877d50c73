namespace GridFlow.Contracts.Escalations;

/// <summary>The actions on an escalation.</summary>
public static class EscalationActionNames
{
    /// <summary>Notify the assignee again; the escalation stays open.</summary>
    public const string Urge = "urge";

    /// <summary>Give the task to another user; resolves the escalation.</summary>
    public const string Reassign = "reassign";

    /// <summary>A new due date, timers rescheduled; resolves the escalation.</summary>
    public const string Extend = "extend";

    /// <summary>Resolve with a reason and nothing else.</summary>
    public const string Close = "close";
}
