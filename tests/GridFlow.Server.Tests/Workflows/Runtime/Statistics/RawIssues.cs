using System.Globalization;

namespace GridFlow.Server.Tests.Workflows.Runtime.Statistics;

/// <summary>
/// The issue and escalation rows as stored, read without any of the statistics' SQL, and the figures counted from
/// them in C# by the documented rules: what <c>/api/stats</c> must answer.
/// </summary>
public sealed class RawIssues
{
    private static readonly string[] Finished = ["closed", "rejected", "transferred"];

    public required List<RawIssue> Issues { get; init; }

    public required List<(Guid IssueId, string Card, DateTimeOffset RaisedAt)> Escalations { get; init; }

    public static async Task<RawIssues> LoadAsync(GridFlowApp app)
    {
        var sql = new TestSql(app.ConnectionString);
        var late = (await sql.RowsAsync(
            "SELECT DISTINCT issue_id FROM workflow_tasks WHERE status <> 'cancelled' AND due_at IS NOT NULL AND (completed_at IS NULL OR completed_at > due_at)"))
            .Select(r => (Guid)r[0]!).ToHashSet();
        var issues = (await sql.RowsAsync(
            "SELECT id, status, category, region_path, grid_id, region_id, county_id, overdue, reported_at, source, kind FROM issues"))
            .Where(r => (string)r[10]! == "issue")
            .Select(r => new RawIssue((Guid)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, (Guid)r[4]!, (Guid)r[5]!, (Guid)r[6]!, (bool)r[7]!,
                new DateTimeOffset((DateTime)r[8]!, TimeSpan.Zero), (string)r[9]!, late.Contains((Guid)r[0]!)))
            .ToList();
        var escalations = (await sql.RowsAsync("SELECT issue_id, card, raised_at FROM escalations"))
            .Select(r => ((Guid)r[0]!, (string)r[1]!, new DateTimeOffset((DateTime)r[2]!, TimeSpan.Zero))).ToList();
        return new RawIssues { Issues = issues, Escalations = escalations };
    }

    /// <summary>The instant a China date starts.</summary>
    public static DateTimeOffset Start(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Issues of a region path (and, for an inspector, of these grids) reported in [from, to].</summary>
    public List<RawIssue> In(string? pathPrefix, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? grids = null) =>
        [.. Issues.Where(i => (pathPrefix is null || i.RegionPath.StartsWith(pathPrefix, StringComparison.Ordinal)) && (grids is null || grids.Contains(i.GridId))
            && i.ReportedAt >= Start(from) && i.ReportedAt < Start(to.AddDays(1)))];

    public int Cards(string? pathPrefix, DateOnly from, DateOnly to, string card, Func<RawIssue, bool>? which = null)
    {
        var byId = Issues.ToDictionary(i => i.Id);
        return Escalations.Count(e => e.Card == card && e.RaisedAt >= Start(from) && e.RaisedAt < Start(to.AddDays(1))
            && byId.TryGetValue(e.IssueId, out var i) && (pathPrefix is null || i.RegionPath.StartsWith(pathPrefix, StringComparison.Ordinal)) && (which?.Invoke(i) ?? true));
    }

    /// <summary>Asserts that <paramref name="figures"/> (an IssueFigures as JSON) counts <paramref name="issues"/> by the documented rules.</summary>
    public static void AssertFigures(IReadOnlyCollection<RawIssue> issues, JsonElement figures, string what)
    {
        var received = issues.Count;
        var accepted = issues.Count(i => i.Status is not ("reported" or "rejected"));
        var closed = issues.Count(i => i.Status == "closed");
        var onTime = issues.Count(i => i.Status == "closed" && !i.Late);
        var open = issues.Count(i => !Finished.Contains(i.Status));
        var overdueOpen = issues.Count(i => !Finished.Contains(i.Status) && i.Overdue);
        Assert.True(received == figures.GetProperty("received").GetInt32(), $"{what}: received {figures.GetProperty("received")} but the rows count {received}");
        Assert.True(accepted == figures.GetProperty("accepted").GetInt32(), $"{what}: accepted {figures.GetProperty("accepted")} but the rows count {accepted}");
        Assert.True(closed == figures.GetProperty("closed").GetInt32(), $"{what}: closed {figures.GetProperty("closed")} but the rows count {closed}");
        Assert.True(onTime == figures.GetProperty("closedOnTime").GetInt32(), $"{what}: closed on time {figures.GetProperty("closedOnTime")} but the rows count {onTime}");
        Assert.True(open == figures.GetProperty("open").GetInt32(), $"{what}: open {figures.GetProperty("open")} but the rows count {open}");
        Assert.True(overdueOpen == figures.GetProperty("overdueOpen").GetInt32(), $"{what}: overdue open {figures.GetProperty("overdueOpen")} but the rows count {overdueOpen}");
        AssertRate(Rate(accepted, received), figures.GetProperty("acceptanceRate"), what + " acceptance rate");
        AssertRate(Rate(closed, accepted), figures.GetProperty("closureRate"), what + " closure rate");
        AssertRate(Rate(onTime, closed), figures.GetProperty("onTimeRate"), what + " on-time rate");
    }

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static void AssertRate(double? expected, JsonElement actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual.ValueKind == JsonValueKind.Null, $"{what}: expected none, got {actual}");
        }
        else
        {
            Assert.True(actual.ValueKind == JsonValueKind.Number && Math.Abs(actual.GetDouble() - expected.Value) < 1e-9, $"{what}: expected {expected}, got {actual}");
        }
    }
}
