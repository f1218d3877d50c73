using GridFlow.Accounts.Directory;
using GridFlow.Regions.Directory;
using AccountRoles = GridFlow.Contracts.Accounts.Roles;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// What a cross-check's order must satisfy beyond its attributes: a checker who is an enabled account and either an
/// inspector not responsible for the grid or a county or city supervisor whose region contains it; a due time in the
/// future and at most a year ahead. Errors name the field.
/// </summary>
public sealed class CrossCheckInputRules(UserDirectory users, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>A check is planned weeks ahead, not years: further than this is a typo.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(365);

    public async Task<Dictionary<string, string[]>> ForOrderAsync(StartCrossCheckRequest request, GridIndexEntry grid, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        if (request.DueAt <= now)
        {
            errors["dueAt"] = ["dueAt is in the future."];
        }
        else if (request.DueAt > now + MaxAhead)
        {
            errors["dueAt"] = ["dueAt is at most a year ahead."];
        }

        if (await CheckerProblemAsync(request.CheckerUserId!, grid, cancellationToken) is { } problem)
        {
            errors["checkerUserId"] = [problem];
        }

        return errors;
    }

    private async Task<string?> CheckerProblemAsync(string userId, GridIndexEntry grid, CancellationToken cancellationToken)
    {
        var checker = await users.ScopeAsync(userId, cancellationToken);
        if (checker is null)
        {
            return "No user has this id.";
        }

        if (checker.Disabled)
        {
            return "The checker's account is disabled.";
        }

        if (checker.Roles.Contains(AccountRoles.Inspector) && checker.InspectorId is { } inspectorId)
        {
            return inspectorId == grid.InspectorId ? "The grid's own inspector cannot cross-check it; choose another inspector or a supervisor." : null;
        }

        if ((checker.Roles.Contains(AccountRoles.CountySupervisor) || checker.Roles.Contains(AccountRoles.CitySupervisor))
            && checker.RegionId is { } regionId && await regions.FindAsync(regionId, cancellationToken) is { } region
            && grid.RegionPath.StartsWith(region.Path, StringComparison.Ordinal))
        {
            return null;
        }

        return "The checker is an inspector not responsible for the grid, or a county or city supervisor whose region contains it.";
    }
}
