using GridFlow.Contracts.Regions;
using GridFlow.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Adds a township (without a known extent) under the demo county, far from the demo grids, for tests that draw their own grids.</summary>
public static class TestTownship
{
    public static async Task<Guid> CreateAsync(GridFlowApp app, string code)
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var county = await db.Regions.SingleAsync(r => r.Code == "371502");
        var township = new Region { Code = code, Name = $"测试镇{code}", Level = RegionLevel.Township, ParentId = county.Id, Path = $"{county.Path}{code}/" };
        db.Regions.Add(township);
        await db.SaveChangesAsync();
        return township.Id;
    }
}
