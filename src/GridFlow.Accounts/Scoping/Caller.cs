using GridFlow.Accounts.Security;
using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Accounts.Scoping;

/// <summary>
/// The signed-in caller and what they may see. Admins and designers see everything; supervisors and
/// officers see their region and what lies below it (a prefix of the region path); inspectors see
/// their own grids. Bound straight from the token's claims, so it can be a handler parameter.
/// </summary>
public sealed record Caller(
    string UserId,
    string UserName,
    IReadOnlySet<string> Roles,
    Guid? RegionId,
    string? RegionPath,
    Guid? InspectorId)
{
    public bool IsAdmin => Roles.Contains(AccountRoles.Admin);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>True when no region restriction applies to reading.</summary>
    public bool SeesAllRegions => IsAdmin || IsInRole(AccountRoles.Designer);

    /// <summary>True when the caller sees only the grids they are responsible for.</summary>
    public bool IsInspectorOnly => InspectorId is not null && Roles.Count == 1 && IsInRole(AccountRoles.Inspector);

    /// <summary>
    /// The region path prefix the caller is limited to, or null for everywhere. A caller with no
    /// region and no global role gets a prefix that matches nothing.
    /// </summary>
    public string? RegionPrefix => SeesAllRegions ? null : RegionPath ?? "/-none-/";

    public static Caller FromPrincipal(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
        Guid.TryParse(user.FindFirstValue(GridFlowClaimTypes.RegionId), out var region) ? region : null,
        user.FindFirstValue(GridFlowClaimTypes.RegionPath),
        Guid.TryParse(user.FindFirstValue(GridFlowClaimTypes.InspectorId), out var inspector) ? inspector : null);

    public static ValueTask<Caller?> BindAsync(HttpContext http) => ValueTask.FromResult<Caller?>(FromPrincipal(http.User));
}
