using GridFlow.Contracts.Regions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Runtime.Statistics;

/// <summary>
/// Every figure of <c>/api/stats</c> equals the count made from the raw rows (<see cref="RawIssues"/>) for the caller's
/// region — as admin (everything), city and county supervisor, township officer and inspector (their grids) — and a
/// region outside the caller's is 404, as for the issues API.
/// </summary>
public sealed class StatsApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>, IAsyncLifetime
{

    public static readonly TheoryData<string> Roles = ["admin", "city-supervisor", "county-supervisor", "township-officer", "inspector"];

    public Task InitializeAsync() => StatsSeed.EnsureSeededAsync(fixture.App);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Summary_CountsTheRowsOfTheCallersRegion_ThisMonthAndOverTwoYears(string role)
    {
        var client = await fixture.App.ClientForAsync(role);
        var (path, grids) = await ScopeAsync(role);
        var raw = await RawIssues.LoadAsync(fixture.App);
        var today = RawIssues.Today;
        foreach (var (from, to, query) in new[]
        {
            (new DateOnly(today.Year, today.Month, 1), today, ""),
            (today.AddYears(-2), today, $"?from={RawIssues.Text(today.AddYears(-2))}&to={RawIssues.Text(today)}"),
        })
        {
            var summary = await client.GetFromJsonAsync<JsonElement>("/api/stats/summary" + query);
            var issues = raw.In(path, from, to, grids);
            RawIssues.AssertFigures(issues, summary.GetProperty("figures"), $"{role} {from}..{to}");
            Assert.Equal(RawIssues.Text(from), summary.GetProperty("from").GetString());
            Assert.Equal(RawIssues.Text(to), summary.GetProperty("to").GetString());
            Func<RawIssue, bool>? mine = grids is null ? null : i => grids.Contains(i.GridId);
            Assert.Equal(raw.Cards(path, from, to, "yellow", mine), summary.GetProperty("yellowCards").GetInt32());
            Assert.Equal(raw.Cards(path, from, to, "red", mine), summary.GetProperty("redCards").GetInt32());
            Assert.Equal(raw.Cards(path, from, to, "interview", mine), summary.GetProperty("interviews").GetInt32());
            var byStatus = summary.GetProperty("byStatus").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            Assert.Equal(issues.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key), byStatus.OrderBy(p => p.Key));
        }

        // The seed makes each figure tell something apart for the county supervisor.
        if (role == "county-supervisor")
        {
            var all = await client.GetFromJsonAsync<JsonElement>($"/api/stats/summary?from={RawIssues.Text(today.AddYears(-2))}");
            var f = all.GetProperty("figures");
            Assert.True(f.GetProperty("received").GetInt32() > f.GetProperty("accepted").GetInt32());
            Assert.True(f.GetProperty("closed").GetInt32() > f.GetProperty("closedOnTime").GetInt32());
            Assert.True(f.GetProperty("closedOnTime").GetInt32() > 0);
            Assert.True(all.GetProperty("yellowCards").GetInt32() > 0 && all.GetProperty("redCards").GetInt32() > 0 && all.GetProperty("interviews").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task ARegionOutsideTheCallers_Is404_AndInsideIsThatRegionsRows()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var county = await fixture.App.ClientForAsync("county-supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/stats/summary?regionId={facts.OtherCountyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/stats/grids?regionId={facts.OtherCountyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await county.GetAsync($"/api/regions/{facts.OtherCountyId}/map")).StatusCode);
        var officer = await fixture.App.ClientForAsync("township-officer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/stats/by-region?regionId={facts.DemoCountyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/stats/summary?regionId={Guid.NewGuid()}")).StatusCode);

        var admin = await fixture.App.ClientForAsync("admin");
        var today = RawIssues.Today;
        var summary = await admin.GetFromJsonAsync<JsonElement>($"/api/stats/summary?regionId={facts.OtherCountyId}&from={RawIssues.Text(today.AddYears(-2))}");
        var raw = await RawIssues.LoadAsync(fixture.App);
        RawIssues.AssertFigures(raw.In(await PathAsync(facts.OtherCountyId), today.AddYears(-2), today), summary.GetProperty("figures"), "admin, other county");
        Assert.Equal("county", summary.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("city-supervisor", "county")]
    [InlineData("county-supervisor", "township")]
    [InlineData("township-officer", "grid")]
    public async Task ByRegion_RanksEveryPartOfTheRegion_WithItsRows(string role, string level)
    {
        var client = await fixture.App.ClientForAsync(role);
        var (path, _) = await ScopeAsync(role);
        var today = RawIssues.Today;
        var from = today.AddYears(-2);
        var parts = await client.GetFromJsonAsync<JsonElement>($"/api/stats/by-region?from={RawIssues.Text(from)}");
        var raw = await RawIssues.LoadAsync(fixture.App);
        var issues = raw.In(path, from, today);
        var rows = parts.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(level, r.GetProperty("level").GetString()));
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal(await PartCountAsync(role, level), rows.Count);
        foreach (var row in rows)
        {
            var id = Guid.Parse(row.GetProperty("id").GetString()!);
            var mine = issues.Where(i => level switch { "county" => i.CountyId == id, "township" => i.TownshipId == id, _ => i.GridId == id }).ToList();
            RawIssues.AssertFigures(mine, row.GetProperty("figures"), $"{role} part {row.GetProperty("name")}");
            Assert.Equal(raw.Cards(path, from, today, "yellow", i => mine.Contains(i)), row.GetProperty("yellowCards").GetInt32());
        }

        var rates = rows.Select(r => r.GetProperty("figures").GetProperty("onTimeRate")).Select(r => r.ValueKind == JsonValueKind.Null ? -1 : r.GetDouble()).ToList();
        Assert.Equal(rates.OrderByDescending(r => r), rates);
        Assert.Contains(rows, r => r.GetProperty("figures").GetProperty("received").GetInt32() > 0);
    }

    [Fact]
    public async Task ByCategory_AndTrend_CountTheRows_MonthOnMonthAndYearOnYear()
    {
        var client = await fixture.App.ClientForAsync("county-supervisor");
        var (path, _) = await ScopeAsync("county-supervisor");
        var raw = await RawIssues.LoadAsync(fixture.App);
        var today = RawIssues.Today;
        var from = today.AddYears(-2);
        var categories = await client.GetFromJsonAsync<JsonElement>($"/api/stats/by-category?from={RawIssues.Text(from)}");
        var issues = raw.In(path, from, today);
        Assert.Equal(issues.Select(i => i.Category).Distinct().Order(), categories.EnumerateArray().Select(c => c.GetProperty("category").GetString()!).Order());
        foreach (var category in categories.EnumerateArray())
        {
            RawIssues.AssertFigures([.. issues.Where(i => i.Category == category.GetProperty("category").GetString())], category.GetProperty("figures"), $"category {category.GetProperty("category")}");
        }

        var trend = (await client.GetFromJsonAsync<JsonElement>("/api/stats/trend?months=12")).EnumerateArray().ToList();
        Assert.Equal(12, trend.Count);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        int Received(DateOnly month) => raw.In(path, month, month.AddMonths(1).AddDays(-1)).Count;
        for (var n = 0; n < 12; n++)
        {
            var month = thisMonth.AddMonths(n - 11);
            var row = trend[n];
            Assert.Equal(month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), row.GetProperty("month").GetString());
            RawIssues.AssertFigures(raw.In(path, month, month.AddMonths(1).AddDays(-1)), row.GetProperty("figures"), $"month {month}");
            double? Change(int before) => before == 0 ? null : Math.Round((double)(Received(month) - before) / before, 4);
            Assert.Equal(Change(Received(month.AddMonths(-1))), row.GetProperty("monthOnMonth").ValueKind == JsonValueKind.Null ? null : row.GetProperty("monthOnMonth").GetDouble());
            Assert.Equal(Change(Received(month.AddMonths(-12))), row.GetProperty("yearOnYear").ValueKind == JsonValueKind.Null ? null : row.GetProperty("yearOnYear").GetDouble());
        }

        // Last month has an issue and so has the same month a year before: a year-on-year figure to compare.
        Assert.NotEqual(JsonValueKind.Null, trend[10].GetProperty("yearOnYear").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task GridsAndPoints_AreTheRowsOfTheCallersGrids_CappedAndFiltered(string role)
    {
        var client = await fixture.App.ClientForAsync(role);
        var (path, grids) = await ScopeAsync(role);
        var raw = await RawIssues.LoadAsync(fixture.App);
        var visible = raw.Issues.Where(i => (path is null || i.RegionPath.StartsWith(path, StringComparison.Ordinal)) && (grids is null || grids.Contains(i.GridId))).ToList();
        var open = visible.Where(i => i.Status is not ("closed" or "rejected" or "transferred")).GroupBy(i => i.GridId).ToDictionary(g => g.Key.ToString(), g => g.Count());
        var counted = (await client.GetFromJsonAsync<JsonElement>("/api/stats/grids")).EnumerateArray()
            .ToDictionary(g => g.GetProperty("gridId").GetString()!, g => g.GetProperty("open").GetInt32());
        Assert.Equal(open.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));

        var points = await client.GetFromJsonAsync<JsonElement>("/api/stats/points");
        Assert.Equal(visible.Count, points.GetProperty("total").GetInt32());
        Assert.Equal(visible.Select(i => i.Id.ToString()).Order(), points.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order());
        var capped = await client.GetFromJsonAsync<JsonElement>("/api/stats/points?limit=1");
        Assert.Equal(Math.Min(1, visible.Count), capped.GetProperty("items").GetArrayLength());
        Assert.Equal(visible.Count > 1, capped.GetProperty("capped").GetBoolean());
        var dust = await client.GetFromJsonAsync<JsonElement>("/api/stats/points?category=dust&overdue=true");
        Assert.Equal(visible.Count(i => i.Category == "dust" && i.Overdue), dust.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BadValues_AreProblemsNamingTheField()
    {
        var client = await fixture.App.ClientForAsync("county-supervisor");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/points?status=lost"), "status");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/points?source=rumour"), "source");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/points?limit=0"), "limit");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/trend?months=40"), "months");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/summary?from=2026-05-02&to=2026-05-01"), "from");
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("/api/stats/summary?from=2020-01-01&to=2026-05-01"), "to");
    }

    [Fact]
    public async Task RegionMap_HasTheRegionsOutline_ItsPartsAndTheCallersGrids()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        foreach (var (role, region) in new[] { ("county-supervisor", facts.DemoCountyId), ("inspector", facts.DemoTownshipId) })
        {
            var client = await fixture.App.ClientForAsync(role);
            var map = await client.GetFromJsonAsync<JsonElement>($"/api/regions/{region}/map");
            Assert.Equal("FeatureCollection", map.GetProperty("type").GetString());
            var features = map.GetProperty("features").EnumerateArray().ToList();
            Assert.Single(features, f => f.GetProperty("properties").GetProperty("role").GetString() == "self" && f.GetProperty("id").GetString() == region.ToString());
            var gridIds = features.Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "grid").Select(f => f.GetProperty("id").GetString()!).Order().ToList();
            var listed = await client.GetFromJsonAsync<JsonElement>($"/api/grids?regionId={region}&pageSize=500");
            Assert.Equal(listed.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("id").GetString()!).Order(), gridIds);
            Assert.All(features, f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
            Assert.Equal(4, map.GetProperty("bbox").GetArrayLength());
        }
    }

    /// <summary>The caller's region path (null: everywhere) and, for the inspector, their grids.</summary>
    private async Task<(string? Path, List<Guid>? Grids)> ScopeAsync(string role)
    {
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var user = await db.Users.SingleAsync(u => u.UserName == role);
        if (role is "admin")
        {
            return (null, null);
        }

        var path = await db.Regions.Where(r => r.Id == user.RegionId).Select(r => r.Path).SingleAsync();
        List<Guid>? grids = role == "inspector" ? await db.Grids.Where(g => g.InspectorId == user.InspectorId).Select(g => g.Id).ToListAsync() : null;
        return (path, grids);
    }

    private async Task<string> PathAsync(Guid regionId)
    {
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        return await db.Regions.Where(r => r.Id == regionId).Select(r => r.Path).SingleAsync();
    }

    private async Task<int> PartCountAsync(string role, string level)
    {
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var user = await db.Users.SingleAsync(u => u.UserName == role);
        return level == "grid"
            ? await db.Grids.CountAsync(g => g.RegionId == user.RegionId)
            : await db.Regions.CountAsync(r => r.ParentId == user.RegionId);
    }
}
