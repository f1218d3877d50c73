using GridFlow.Data.Auditing;

namespace GridFlow.Accounts.Security;

/// <summary>The user the scope acts for (<see cref="ActingUser"/>), else the signed-in user of the current request, else the system actor.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor, ActingUser acting) : IAuditActor
{
    private ClaimsPrincipal? User =>
        acting.User is { Identity.IsAuthenticated: true } named ? named
        : accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user
        : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? SystemActor.UserName;
}
