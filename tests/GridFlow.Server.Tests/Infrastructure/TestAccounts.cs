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

    /// <summary>
    /// An account (password GridFlow!2026) for the inspector of a grid outside the demo county supervisor's county, who
    /// cannot see that county's issues. Made once per database.
    /// </summary>
    public static async Task OtherCountyInspectorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var countyPath = await db.Users.Where(u => u.UserName == "county-supervisor").Join(db.Regions, u => u.RegionId, r => r.Id, (_, r) => r.Path).SingleAsync();
        var grid = await db.Grids.Include(g => g.Region).Where(g => !g.Region!.Path.StartsWith(countyPath) && g.InspectorId != null).OrderBy(g => g.Code).FirstAsync();
        await scope.ServiceProvider.GetRequiredService<AccountProvisioner>().EnsureAsync(
            new NewAccount(OtherCountyInspector, "外县网格员", null, Roles.Inspector, grid.RegionId, grid.InspectorId, "GridFlow!2026"));
    }
}
