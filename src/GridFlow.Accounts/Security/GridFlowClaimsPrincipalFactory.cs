using GridFlow.Accounts.Contracts;

namespace GridFlow.Accounts.Security;

/// <summary>Adds the caller's region (id and path) and inspector id to the roles Identity already adds.</summary>
public sealed class GridFlowClaimsPrincipalFactory(
    UserManager<GridFlowUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    ICallerPlaces places)
    : UserClaimsPrincipalFactory<GridFlowUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GridFlowUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GridFlowClaimTypes.DisplayName, user.DisplayName));
        if (user.RegionId is { } regionId)
        {
            var path = await places.RegionPathAsync(regionId, CancellationToken.None);
            identity.AddClaim(new Claim(GridFlowClaimTypes.RegionId, regionId.ToString()));
            if (path is not null)
            {
                identity.AddClaim(new Claim(GridFlowClaimTypes.RegionPath, path));
            }
        }

        if (user.InspectorId is { } inspectorId)
        {
            identity.AddClaim(new Claim(GridFlowClaimTypes.InspectorId, inspectorId.ToString()));
        }

        return identity;
    }
}
