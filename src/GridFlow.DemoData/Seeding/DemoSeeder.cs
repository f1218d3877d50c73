using System.Diagnostics;
using GridFlow.Contracts.Accounts;
using GridFlow.Data;
using GridFlow.Data.Accounts;
using GridFlow.DemoData.Generation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GridFlow.DemoData.Seeding;

/// <summary>
/// Writes the demo city (聊城市: regions, grids, inspectors, assignments) and the demo roles and accounts
/// into the database, all in one transaction. Idempotent: whatever exists is kept, and when everything
/// exists a run costs four count queries and changes nothing.
/// </summary>
public sealed partial class DemoSeeder(
    GridFlowDbContext db,
    UserManager<GridFlowUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public async Task<SeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var city = DemoCityGenerator.Liaocheng();
        var accounts = DemoAccountPlan.For(city);
        if (await IsCompleteAsync(city, accounts, cancellationToken))
        {
            LogAlreadySeeded(logger, city.Name);
            return SeedResult.None;
        }

        // The strategy owns the transaction so that a retrying provider would replay all of it.
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (city, accounts),
            async (_, state, token) => await SeedInTransactionAsync(state.city, state.accounts, token),
            verifySucceeded: null,
            cancellationToken);
        LogSeeded(logger, city.Name, result.Regions, result.Grids, result.Inspectors, result.Assignments,
            result.Roles, result.Users, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private async Task<SeedResult> SeedInTransactionAsync(DemoCity city, IReadOnlyList<DemoAccount> accounts, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var identity = new AccountSeeder(db, users, roles);
        var roleCount = await identity.SeedRolesAsync();
        var (regionCount, regionIds) = await new RegionSeeder(db).SeedAsync(city, cancellationToken);
        var (gridCount, inspectorCount, assignmentCount) = await new GridSeeder(db, clock).SeedAsync(city, regionIds, cancellationToken);
        var userCount = await identity.SeedUsersAsync(accounts, regionIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SeedResult(regionCount, gridCount, inspectorCount, assignmentCount, roleCount, userCount);
    }

    /// <summary>Everything the demo needs is there: every region, grid, role and account, found by its key.</summary>
    private async Task<bool> IsCompleteAsync(DemoCity city, IReadOnlyList<DemoAccount> accounts, CancellationToken cancellationToken)
    {
        var regionCodes = city.Townships.Select(t => t.Code).Concat(city.Counties.Select(c => c.Code)).Append(city.Code).ToList();
        var gridCodes = city.Grids.Select(g => g.Code).ToList();
        var roleNames = Roles.All.Select(r => roles.NormalizeKey(r)).ToList();
        var userNames = accounts.Select(a => users.NormalizeName(a.UserName)).ToList();
        return await db.Regions.CountAsync(r => regionCodes.Contains(r.Code), cancellationToken) == regionCodes.Count
            && await db.Grids.CountAsync(g => gridCodes.Contains(g.Code), cancellationToken) == gridCodes.Count
            && await db.Roles.CountAsync(r => roleNames.Contains(r.NormalizedName!), cancellationToken) == roleNames.Count
            && await db.Users.CountAsync(u => userNames.Contains(u.NormalizedUserName!), cancellationToken) == userNames.Count;
    }

    [LoggerMessage(LogLevel.Information, "Demo data for {City} already present; nothing seeded")]
    private static partial void LogAlreadySeeded(ILogger logger, string city);

    [LoggerMessage(LogLevel.Information,
        "Seeded demo data for {City}: {Regions} regions, {Grids} grids, {Inspectors} inspectors, {Assignments} assignments, {Roles} roles, {Users} accounts in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, string city, int regions, int grids, int inspectors, int assignments, int roles, int users, long elapsedMs);
}
