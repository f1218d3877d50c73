using GridFlow.Contracts.Regions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Accounts.Users;

/// <summary>Places of the demo data the account-management tests need: the county supervisor's county and another one.</summary>
public sealed record UserPlaces(Guid DemoCountyId, string DemoCountyPath, Guid DemoTownshipId, Guid OtherCountyTownshipId, Guid DemoInspectorId)
{
    public static async Task<UserPlaces> LoadAsync(string connectionString)
    {
        await using var db = TestDatabases.OpenContext(connectionString);
        var county = await db.Users.Where(u => u.UserName == "county-supervisor").Join(db.Regions, u => u.RegionId, r => r.Id, (_, r) => new { r.Id, r.Path }).SingleAsync();
        var township = await db.Users.Where(u => u.UserName == "township-officer").Select(u => u.RegionId!.Value).SingleAsync();
        var inspector = await db.Users.Where(u => u.UserName == "inspector").Select(u => u.InspectorId!.Value).SingleAsync();
        var other = await db.Regions.Where(r => r.Level == RegionLevel.Township && !r.Path.StartsWith(county.Path)).OrderBy(r => r.Code).Select(r => r.Id).FirstAsync();
        return new UserPlaces(county.Id, county.Path, township, other, inspector);
    }

    /// <summary>An inspector no account is linked to, inside the demo county or outside it, with their township.</summary>
    public async Task<(Guid InspectorId, Guid TownshipId)> FreeInspectorAsync(string connectionString, bool inDemoCounty)
    {
        await using var db = TestDatabases.OpenContext(connectionString);
        var path = DemoCountyPath;
        var free = await db.Inspectors
            .Where(i => i.Region!.Path.StartsWith(path) == inDemoCounty && !db.Users.Any(u => u.InspectorId == i.Id))
            .OrderBy(i => i.Name).ThenBy(i => i.Id).Select(i => new { i.Id, i.RegionId }).FirstAsync();
        return (free.Id, free.RegionId);
    }
}
