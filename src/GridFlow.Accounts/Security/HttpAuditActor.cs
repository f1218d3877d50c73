using GridFlow.Data.Auditing;

namespace GridFlow.Accounts.Security;

/// <summary>The signed-in user of the current request, or the system actor outside a request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => User?.Identity?.Name ?? SystemActor.UserName;
}
