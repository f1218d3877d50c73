namespace GridFlow.Contracts.Escalations;

/// <summary>The statuses of an escalation (<c>GET /api/escalations?status=</c>).</summary>
public static class EscalationStatuses
{
    /// <summary>Raised and not yet dealt with.</summary>
    public const string Open = "open";

    /// <summary>Dealt with by a supervisor's action (reassign, extend, close).</summary>
    public const string Resolved = "resolved";
}
