using GridFlow.Accounts.Provisioning;
using GridFlow.Contracts.Accounts;
using GridFlow.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Accounts the demo data does not have, made through the real provisioner.</summary>
public static class TestAccounts
{
    public const string OtherCountyInspector = "other-county-inspector";

    public const string OtherCountyOfficer = "other-county-officer";

    /// <summary>
    /// An account (password GridFlow!2026) for the inspector of a grid outside the demo county supervisor's county, who
    /// cannot see that county's issues. Made once per database.
    /// </summary>
    public static Task OtherCountyInspectorAsync(IServiceProvider services) =>
        OtherCountyAccountAsync(services, grid => new NewAccount(OtherCountyInspector, "外县网格员", null, Roles.Inspector, grid.RegionId, grid.InspectorId, "GridFlow!2026"));

    /// <summary>
    /// An account (password GridFlow!2026) for a township officer of the same grid's township: the assignee of that
    /// grid's dispatch tasks.
    /// </summary>
    public static Task OtherCountyOfficerAsync(IServiceProvider services) =>
        OtherCountyAccountAsync(services, grid => new NewAccount(OtherCountyOfficer, "外县乡镇办事员", null, Roles.TownshipOfficer, grid.RegionId, null, "GridFlow!2026"));

    /// <summary>The first grid (by code) outside the demo county that has an inspector, as <see cref="DemoFacts"/> picks it.</summary>
    private static async Task OtherCountyAccountAsync(IServiceProvider services, Func<GridFlow.Data.Regions.Grid, NewAccount> account)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var countyPath = await db.Users.Where(u => u.UserName == "county-supervisor").Join(db.Regions, u => u.RegionId, r => r.Id, (_, r) => r.Path).SingleAsync();
        var grid = await db.Grids.Include(g => g.Region).Where(g => !g.Region!.Path.StartsWith(countyPath) && g.InspectorId != null).OrderBy(g => g.Code).FirstAsync();
        await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().EnsureAsync(account(grid));
    }
}
