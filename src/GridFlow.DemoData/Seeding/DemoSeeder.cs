using System.Diagnostics;
using GridFlow.Accounts.Provisioning;
using GridFlow.Data;
using GridFlow.DemoData.Generation;
using GridFlow.Regions.Import;
using Microsoft.Extensions.Logging;

namespace GridFlow.DemoData.Seeding;

/// <summary>
/// Writes the demo city (聊城市: regions, grids, inspectors, assignments) through the Regions module's importer and the
/// demo roles and accounts through the Accounts module's provisioner, all in one transaction on the scope's context,
/// which both share. Idempotent: whatever exists is kept, and when everything exists a run costs four count queries
/// and changes nothing.
/// </summary>
public sealed partial class DemoSeeder(
    GridFlowDbContext db,
    RegionImporter regions,
    AccountProvisioner accounts,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Who the demo assignments name as having made them.</summary>
    public const string AssignedBy = "seed";

    public async Task<SeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var city = DemoCityGenerator.Liaocheng();
        var plan = DemoAccountPlan.For(city);
        if (await IsCompleteAsync(city, plan, cancellationToken))
        {
            LogAlreadySeeded(logger, city.Name);
            return SeedResult.None;
        }

        // The strategy owns the transaction so that a retrying provider would replay all of it.
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (city, plan),
            async (_, state, token) => await SeedInTransactionAsync(state.city, state.plan, token),
            verifySucceeded: null,
            cancellationToken);
        LogSeeded(logger, city.Name, result.Regions, result.Grids, result.Inspectors, result.Assignments,
            result.Roles, result.Users, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private async Task<SeedResult> SeedInTransactionAsync(DemoCity city, IReadOnlyList<DemoAccount> plan, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var roleCount = await accounts.AddRolesAsync();
        var (regionCount, regionIds) = await regions.AddRegionsAsync(Regions(city), cancellationToken);
        var grids = await regions.AddGridsAsync(Grids(city), regionIds, AssignedBy, cancellationToken);
        var userCount = 0;
        foreach (var account in plan)
        {
            var inspectorId = account.InspectorGridCode is { } grid ? await regions.InspectorOfGridAsync(grid, cancellationToken) : null;
            var (userId, created) = await accounts.EnsureAsync(new NewAccount(
                account.UserName, account.DisplayName, account.Email, account.Role, regionIds[account.RegionCode], inspectorId, DemoAccounts.Password));
            userCount += created ? 1 : 0;
            if (inspectorId is { } id)
            {
                // The link goes both ways: the account knows its inspector, the inspector its account.
                await regions.LinkAccountAsync(id, userId, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new SeedResult(regionCount, grids.Grids, grids.Inspectors, grids.Assignments, roleCount, userCount);
    }

    /// <summary>Everything the demo needs is there: every region, grid, role and account, found by its key.</summary>
    private async Task<bool> IsCompleteAsync(DemoCity city, IReadOnlyList<DemoAccount> plan, CancellationToken cancellationToken) =>
        await regions.HasAllAsync(Regions(city).Select(r => r.Code).ToList(), city.Grids.Select(g => g.Code).ToList(), cancellationToken)
        && await accounts.HasAllAsync(plan.Select(a => a.UserName).ToList(), cancellationToken);

    /// <summary>The city, then each county followed by its townships: every parent before its children.</summary>
    private static List<RegionImport> Regions(DemoCity city) =>
    [
        new(city.Code, city.Name, RegionLevel.City, null, city.Extent),
        .. city.Counties.SelectMany(county => county.Townships
            .Select(t => new RegionImport(t.Code, t.Name, RegionLevel.Township, county.Code, t.Extent))
            .Prepend(new RegionImport(county.Code, county.Name, RegionLevel.County, city.Code, county.Extent))),
    ];

    private static List<GridImport> Grids(DemoCity city) =>
        city.Townships.SelectMany(t => t.Grids.Select(g => new GridImport(
            g.Code, g.Name, t.Code, g.Boundary, new InspectorImport(g.Inspector.Name, g.Inspector.Phone, g.Inspector.Email, g.Inspector.Status, g.Inspector.HireDate))))
        .ToList();

    [LoggerMessage(LogLevel.Information, "Demo data for {City} already present; nothing seeded")]
    private static partial void LogAlreadySeeded(ILogger logger, string city);

    [LoggerMessage(LogLevel.Information,
        "Seeded demo data for {City}: {Regions} regions, {Grids} grids, {Inspectors} inspectors, {Assignments} assignments, {Roles} roles, {Users} accounts in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, string city, int regions, int grids, int inspectors, int assignments, int roles, int users, long elapsedMs);
}
