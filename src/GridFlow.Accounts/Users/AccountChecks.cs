using GridFlow.Accounts.Contracts;
using GridFlow.Data;

namespace GridFlow.Accounts.Users;

/// <summary>
/// Checks a requested account against the rules of <c>/api/users</c>: known roles the caller may grant; a region (for
/// every role but admin and designer) that exists and lies in the caller's county; for an inspector account, an
/// inspector of that region that no other account is linked to. Regions and inspectors are read through
/// <see cref="ICallerPlaces"/>, the Regions module's contract.
/// </summary>
public sealed class AccountChecks(GridFlowDbContext db, ICallerPlaces places)
{
    private static readonly HashSet<string> Unscoped = new(StringComparer.Ordinal) { Roles.Admin, Roles.Designer };

    /// <summary>The refusal (403) or the bad fields (400) of <paramref name="state"/>; <paramref name="userId"/> is the account being changed, or null for a new one.</summary>
    public async Task<AccountCheck> CheckAsync(AccountAuthority authority, AccountState state, string? userId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = state.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            errors["roles"] = [$"Unknown role(s): {string.Join(", ", unknown.Select(r => $"'{r}'"))}; the roles are {string.Join(", ", Roles.All)}."];
        }
        else if (!authority.MayHold(state.Roles))
        {
            return new AccountCheck(UserProblems.CountyRoles, errors);
        }

        var regionPath = await CheckRegionAsync(authority, state, errors, cancellationToken);
        await CheckInspectorAsync(state, regionPath, userId, errors, cancellationToken);
        return new AccountCheck(null, errors);
    }

    private async Task<string?> CheckRegionAsync(AccountAuthority authority, AccountState state, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (state.RegionId is not { } regionId)
        {
            if (state.Roles.Any(r => !Unscoped.Contains(r)))
            {
                errors["regionId"] = ["Every role but admin and designer works in a region: regionId is required."];
            }

            return null;
        }

        var path = await places.RegionPathAsync(regionId, cancellationToken);
        if (path is null || !authority.Sees(path))
        {
            errors["regionId"] = [authority.RegionPrefix is null ? "No region has this id." : "No region of your county has this id."];
            return null;
        }

        return path;
    }

    private async Task CheckInspectorAsync(AccountState state, string? regionPath, string? userId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var isInspector = state.Roles.Contains(Roles.Inspector);
        if (state.InspectorId is not { } inspectorId)
        {
            if (isInspector)
            {
                errors["inspectorId"] = ["An inspector account is linked to its inspector: inspectorId is required."];
            }

            return;
        }

        if (!isInspector)
        {
            errors["inspectorId"] = ["Only an account with the inspector role is linked to an inspector."];
            return;
        }

        var inspectorPath = await places.InspectorRegionPathAsync(inspectorId, cancellationToken);
        if (inspectorPath is null)
        {
            errors["inspectorId"] = ["No inspector has this id."];
            return;
        }

        if (regionPath is not null && !inspectorPath.StartsWith(regionPath, StringComparison.Ordinal))
        {
            errors["inspectorId"] = ["The inspector does not work in the account's region (regionId)."];
            return;
        }

        var linked = await db.Users.Where(u => u.InspectorId == inspectorId && u.Id != userId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        if (linked is not null)
        {
            errors["inspectorId"] = [$"The inspector already has an account ('{linked}'): one account per inspector."];
        }
    }
}
