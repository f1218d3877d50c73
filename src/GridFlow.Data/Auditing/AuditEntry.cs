namespace GridFlow.Data.Auditing;

/// <summary>One row of the append-only audit log: who changed what, when, and the values before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>created, updated or deleted.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public JsonDocument? Before { get; set; }

    public JsonDocument? After { get; set; }
}
