using GridFlow.Contracts.Regions;
using GridFlow.DemoData.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Data;

public sealed class DemoSeedingTests
{
    [Fact]
    public async Task Seed_Twice_TheSecondRunChangesNothing()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using var app = new GridFlowApp(connectionString, new() { ["Database:MigrateOnStartup"] = "true", ["Seed:Demo"] = "true" });
        app.StartServer();
        var before = await CountAsync(connectionString);

        await using var scope = app.Services.CreateAsyncScope();
        var second = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        Assert.True(second.AlreadySeeded);
        Assert.Equal(before, await CountAsync(connectionString));
        Assert.Equal(8, before.Counties);
        Assert.Equal(136, before.Townships);
        Assert.InRange(before.Grids, 900, 1200);
        Assert.Equal(before.Grids, before.Inspectors);
        Assert.Equal(before.Grids, before.OpenAssignments);
        Assert.Equal(6, before.Users);
    }

    /// <summary>With <c>Seed:Demo</c> off (the default outside the demo), starting migrates the schema and writes no demo row.</summary>
    [Fact]
    public async Task Start_WithSeedDemoOff_SeedsNothing()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await using var app = new GridFlowApp(connectionString, new() { ["Database:MigrateOnStartup"] = "true", ["Seed:Demo"] = "false" });
        app.StartServer();

        var counts = await CountAsync(connectionString);
        await using var db = TestDatabases.OpenContext(connectionString);

        Assert.Equal(0, counts.Counties + counts.Townships + counts.Grids + counts.Inspectors + counts.OpenAssignments + counts.Users);
        Assert.Equal(0, await db.Regions.CountAsync());
        Assert.Equal(0, await db.Roles.CountAsync());
        Assert.Contains("AspNetUsers", await db.Database.SqlQuery<string>($"SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = 'public'").ToListAsync());
    }

    [Fact]
    public async Task Seed_DemoAccounts_AreBoundAsTheApiContractSays()
    {
        var connectionString = await TestDatabases.CreateDemoAsync();
        await using var db = TestDatabases.OpenContext(connectionString);

        var users = await db.Users.ToDictionaryAsync(u => u.UserName!);
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id);

        Assert.Equal("东昌府区", regions[users["county-supervisor"].RegionId!.Value].Name);
        var township = regions[users["township-officer"].RegionId!.Value];
        Assert.Equal(RegionLevel.Township, township.Level);
        Assert.StartsWith(regions[users["county-supervisor"].RegionId!.Value].Path, township.Path);
        var inspector = await db.Inspectors.Include(i => i.Grids).SingleAsync(i => i.Id == users["inspector"].InspectorId);
        Assert.Equal(users["inspector"].Id, inspector.UserId);
        Assert.All(inspector.Grids, g => Assert.Equal(township.Id, g.RegionId));
        Assert.NotEmpty(inspector.Grids);
    }

    private static async Task<Counts> CountAsync(string connectionString)
    {
        await using var db = TestDatabases.OpenContext(connectionString);
        return new Counts(
            await db.Regions.CountAsync(r => r.Level == RegionLevel.County),
            await db.Regions.CountAsync(r => r.Level == RegionLevel.Township),
            await db.Grids.CountAsync(),
            await db.Inspectors.CountAsync(),
            await db.GridAssignments.CountAsync(a => a.To == null),
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.AuditLog.CountAsync());
    }

    private sealed record Counts(int Counties, int Townships, int Grids, int Inspectors, int OpenAssignments, int Users, int Roles, int AuditRows);
}
