namespace GridFlow.Data.Notifications;

/// <summary>The <c>email_messages.status</c> values.</summary>
public static class EmailStatuses
{
    /// <summary>Waiting to be sent (again, after a transient failure, from <c>next_attempt_at</c>).</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by a node that is sending it, until <c>lease_until</c>.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>Refused for good (an invalid address, a permanent SMTP error).</summary>
    public const string Refused = "refused";
}
