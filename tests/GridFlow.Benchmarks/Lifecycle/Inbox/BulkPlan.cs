using GridFlow.Contracts.Accounts;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>
/// Spreads running issues over the city like production: every grid gets its share, and half of them wait for the
/// township's officers (accept) and half for the grid's inspector (verify). So each township's officers see about
/// count / 2 / townships tasks and each inspector count / 2 / grids, not one account holding them all.
/// </summary>
public static class BulkPlan
{
    /// <summary>The role a township task is assigned to (the inbox matches role and region).</summary>
    public const string OfficerRole = Roles.TownshipOfficer;

    private const int Seed = 20260301;

    public static IReadOnlyList<BulkIssue> Create(int count, CityRows city, WaitingAt accept, WaitingAt verify, DateTime now)
    {
        var random = new Random(Seed);
        var issues = new List<BulkIssue>(count);
        for (var i = 0; i < count; i++)
        {
            var grid = city.Grids[i % city.Grids.Count];
            // Alternate per pass over the grids, not per row: with an even grid count, i % 2 would give every
            // even grid only officer tasks and every odd grid only inspector tasks.
            var atAccept = (i / city.Grids.Count) % 2 == 0;
            // A grid without an inspector has its verification done by the officers (the engine's fallback).
            var forOfficers = atAccept || grid.InspectorId is null;
            var waiting = atAccept ? accept : verify;
            // Reported within the last 30 days, due one to three days later: some overdue, as in service.
            var reported = now.AddMinutes(-random.Next(30 * 24 * 60));
            var due = reported.AddHours(24 + random.Next(48));
            issues.Add(new BulkIssue(
                i, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), grid, city.Townships[grid.TownshipId],
                forOfficers, reported, due, waiting));
        }

        return issues;
    }
}
