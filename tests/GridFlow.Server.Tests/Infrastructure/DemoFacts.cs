using GridFlow.Contracts.Regions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Ids from the demo data that scoping tests need: grids inside and outside the demo accounts' areas.</summary>
public sealed record DemoFacts(
    Guid InspectorGridId,
    Guid OtherGridSameTownshipId,
    Guid OtherTownshipSameCountyGridId,
    Guid OtherCountyGridId,
    Guid InspectorId,
    Guid OtherCountyInspectorId,
    Guid DemoTownshipId,
    Guid DemoCountyId,
    Guid OtherCountyId)
{
    public static Task<DemoFacts> LoadAsync(GridFlowApp app) => LoadAsync(app.ConnectionString);

    public static async Task<DemoFacts> LoadAsync(string connectionString)
    {
        await using var db = TestDatabases.OpenContext(connectionString);
        var inspectorUser = await db.Users.SingleAsync(u => u.UserName == "inspector");
        var officer = await db.Users.SingleAsync(u => u.UserName == "township-officer");
        var countySupervisor = await db.Users.SingleAsync(u => u.UserName == "county-supervisor");
        var inspectorGrid = await db.Grids.Where(g => g.InspectorId == inspectorUser.InspectorId).OrderBy(g => g.Code).FirstAsync();
        var sameTownship = await db.Grids.Where(g => g.RegionId == officer.RegionId && g.Id != inspectorGrid.Id).OrderBy(g => g.Code).FirstAsync();
        var countyPath = await db.Regions.Where(r => r.Id == countySupervisor.RegionId).Select(r => r.Path).SingleAsync();
        var otherTownship = await db.Grids.Where(g => g.Region!.Path.StartsWith(countyPath) && g.RegionId != officer.RegionId).OrderBy(g => g.Code).FirstAsync();
        var otherCounty = await db.Grids.Include(g => g.Region).Where(g => !g.Region!.Path.StartsWith(countyPath)).OrderBy(g => g.Code).FirstAsync();
        var otherCountyId = await db.Regions.Where(r => r.Level == RegionLevel.County && r.Id != countySupervisor.RegionId).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
        return new DemoFacts(
            inspectorGrid.Id,
            sameTownship.Id,
            otherTownship.Id,
            otherCounty.Id,
            inspectorUser.InspectorId!.Value,
            otherCounty.InspectorId!.Value,
            officer.RegionId!.Value,
            countySupervisor.RegionId!.Value,
            otherCountyId);
    }
}
