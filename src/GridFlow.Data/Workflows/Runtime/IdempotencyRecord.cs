namespace GridFlow.Data.Workflows.Runtime;

/// <summary>Remembers the issue an <c>Idempotency-Key</c> created, per user, so a retried report returns it.</summary>
public class IdempotencyRecord
{
    public required string UserId { get; set; }

    public required string Key { get; set; }

    public Guid IssueId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
