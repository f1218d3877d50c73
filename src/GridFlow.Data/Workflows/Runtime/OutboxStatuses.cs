namespace GridFlow.Data.Workflows.Runtime;

/// <summary>The <c>outbox.status</c> values.</summary>
public static class OutboxStatuses
{
    /// <summary>Waiting for delivery (again, after a failure, from <c>next_attempt_at</c>).</summary>
    public const string Pending = "pending";

    public const string Sent = "sent";

    /// <summary>Given up on: undeliverable, or failed too often.</summary>
    public const string Failed = "failed";
}
