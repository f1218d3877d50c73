using GridFlow.Benchmarks.Lifecycle.Inbox;
using GridFlow.Contracts.Issues;

namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>
/// Spreads the issues over every grid of the demo city, its categories and the public statuses (most closed, as in a
/// year of service), reported evenly over the last twelve months; a task is due two working days or so after the report
/// and one in five finished issues was done late, so the dashboard's "closed on time" has something to count.
/// </summary>
public static class ConsolePlan
{
    private const int Seed = 20261202;

    /// <summary>Status and its weight in a hundred.</summary>
    private static readonly (string Status, int Weight)[] Statuses =
    [
        (IssueStatuses.Closed, 58), (IssueStatuses.Rejected, 5), (IssueStatuses.Transferred, 3), (IssueStatuses.Reported, 8), (IssueStatuses.Accepted, 6),
        (IssueStatuses.Dispatched, 5), (IssueStatuses.Rectifying, 8), (IssueStatuses.Verifying, 5), (IssueStatuses.Reopened, 2),
    ];

    public static IReadOnlyList<ConsoleIssue> Create(int count, CityRows city, IReadOnlyList<string> categories, DateTime now)
    {
        var random = new Random(Seed);
        var issues = new List<ConsoleIssue>(count);
        for (var i = 0; i < count; i++)
        {
            var grid = city.Grids[random.Next(city.Grids.Count)];
            var status = Pick(random.Next(100));
            var reported = now.AddMinutes(-random.Next(365 * 24 * 60));
            var due = reported.AddHours(24 + random.Next(48));
            DateTime? completed = IssueStatuses.Finished.Contains(status)
                ? (random.Next(5) == 0 ? due.AddHours(1 + random.Next(72)) : reported.AddHours(1 + (due - reported).TotalHours * random.NextDouble() * 0.9))
                : null;
            issues.Add(new ConsoleIssue(i, Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), grid, city.Townships[grid.TownshipId],
                categories[random.Next(categories.Count)], status, reported, due, completed > now ? now : completed));
        }

        return issues;
    }

    private static string Pick(int roll)
    {
        foreach (var (status, weight) in Statuses)
        {
            if (roll < weight)
            {
                return status;
            }

            roll -= weight;
        }

        return IssueStatuses.Closed;
    }
}
