namespace GridFlow.Data.Workflows.Runtime;

/// <summary>A notification to deliver, written in the same transaction as what caused it.</summary>
public class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid? IssueId { get; set; }

    public Guid? InstanceId { get; set; }

    public Guid? TaskId { get; set; }

    public string? ActivityId { get; set; }

    public required string Template { get; set; }

    /// <summary>The recipients rule (jsonb), resolved at delivery.</summary>
    public required string Recipients { get; set; }

    /// <summary>pending, sent or failed.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }
}
