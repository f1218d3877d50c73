using GridFlow.Contracts.Accounts;

namespace GridFlow.Data.Auditing;

/// <summary>The actor for changes made by the system itself (seeding, background jobs).</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public string? UserId => null;

    public string UserName => SystemActor.UserName;
}
