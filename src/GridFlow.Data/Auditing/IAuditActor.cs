namespace GridFlow.Data.Auditing;

/// <summary>Who is making the current change, for the audit log.</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string UserName { get; }
}
