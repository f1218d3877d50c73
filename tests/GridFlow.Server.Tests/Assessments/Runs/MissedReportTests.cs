using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// Missed reports (漏报) through a real run: issues the county supervisor or the public reported in the demo inspector's
/// test grid, each with or without an earlier report of the inspector's nearby, measured by PostGIS. Each case sits in
/// its own spot of the grid, 700 m from the next, so one case's reports cannot cover another's.
/// </summary>
[Collection(RunsCollection.Name)]
public sealed class MissedReportTests(RunsFixture fixture)
{
    private const double Lat = 21.025;

    private static double Spot(int i) => 116.005 + 0.007 * i;

    [Fact]
    public async Task An_issue_found_by_others_is_missed_unless_the_inspector_reported_it_nearby_and_shortly_before_and_a_rejected_one_never_is()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var now = DateTimeOffset.UtcNow;

        // 0: the inspector's report 199 m away covers it; 1: 201 m away does not.
        var near = await fixture.NorthOfAsync(Spot(0), Lat, 199);
        await RunsFixture.ReportAsync(inspector, "dust", near.Lon, near.Lat, now.AddDays(-1));
        var covered199 = await RunsFixture.ReportAsync(supervisor, "dust", Spot(0), Lat);
        var far = await fixture.NorthOfAsync(Spot(1), Lat, 201);
        await RunsFixture.ReportAsync(inspector, "dust", far.Lon, far.Lat, now.AddDays(-1));
        var missed201 = await RunsFixture.ReportAsync(supervisor, "dust", Spot(1), Lat);

        // 2: found 6 days before covers it; 3: 8 days before does not.
        await RunsFixture.ReportAsync(inspector, "dust", Spot(2), Lat + 0.0003, now.AddDays(-6));
        var covered6 = await RunsFixture.ReportAsync(supervisor, "dust", Spot(2), Lat);
        await RunsFixture.ReportAsync(inspector, "dust", Spot(3), Lat + 0.0003, now.AddDays(-8));
        var missed8 = await RunsFixture.ReportAsync(supervisor, "dust", Spot(3), Lat);

        // 4: the inspector's report nearby was of another category.
        await RunsFixture.ReportAsync(inspector, "loose-coal", Spot(4), Lat + 0.0003, now.AddHours(-2));
        var otherCategory = await RunsFixture.ReportAsync(supervisor, "dust", Spot(4), Lat);

        // 5: never reported by the inspector, but rejected by the township (不属实); 6: reported by the public.
        var rejected = await RunsFixture.ReportAsync(supervisor, "dust", Spot(5), Lat);
        await RejectAsync(rejected);
        var byPublic = await RunsFixture.ReportAsync(supervisor, "dust", Spot(6), Lat, source: "public");

        var run = await RunsFixture.RunAsync(supervisor, RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day), RunsFixture.Today);
        var card = await RunsFixture.ScorecardAsync(supervisor, run, fixture.Facts.InspectorId);
        var line = RunsFixture.Line(card, "missed-report");
        var ids = RunsFixture.FactIds(line);
        Assert.Contains(missed201, ids);
        Assert.Contains(missed8, ids);
        Assert.Contains(otherCategory, ids);
        Assert.Contains(byPublic, ids);
        Assert.DoesNotContain(covered199, ids);
        Assert.DoesNotContain(covered6, ids);
        Assert.DoesNotContain(rejected, ids);
        Assert.Equal(ids.Count, line.GetProperty("count").GetInt32());
        // The county's find and the public's each weigh 1.0 in the shipped scheme: −2 a piece.
        Assert.Equal(-2m * ids.Count, line.GetProperty("points").GetDecimal());
        Assert.Contains(line.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetString() == byPublic && f.GetProperty("note").GetString()!.Contains("public"));
        Assert.Contains(line.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetString() == missed8 && f.GetProperty("note").GetString()!.Contains("county"));
    }

    [Fact]
    public async Task What_a_cross_check_finds_in_the_grid_is_a_missed_report_found_by_the_cross_check()
    {
        await TestAccounts.OtherCountyInspectorAsync(fixture.App.Services);
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var checkerUserId = await db.Users.Where(u => u.UserName == TestAccounts.OtherCountyInspector).Select(u => u.Id).SingleAsync();
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var ordered = await supervisor.PostAsJsonAsync("/api/cross-checks", new { gridId = fixture.GridId, checkerUserId, dueAt = DateTimeOffset.UtcNow.AddDays(3) });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var crossCheckId = (await ordered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var checker = await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector);
        var reported = await checker.PostAsJsonAsync("/api/issues", new { category = "small-workshop", description = "交叉检查发现", lat = Lat, lon = Spot(7), source = "cross-check", crossCheckId });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var found = (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var run = await RunsFixture.RunAsync(supervisor, RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day), RunsFixture.Today);
        var line = RunsFixture.Line(await RunsFixture.ScorecardAsync(supervisor, run, fixture.Facts.InspectorId), "missed-report");
        var fact = line.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == found);
        Assert.Contains("cross-check", fact.GetProperty("note").GetString());
    }

    private async Task RejectAsync(string issueId)
    {
        var officer = await fixture.App.ClientForAsync(RunsFixture.Officer);
        var issue = await officer.GetFromJsonAsync<JsonElement>($"/api/issues/{issueId}");
        var task = issue.GetProperty("openTasks").EnumerateArray().Single(t => t.GetProperty("activityId").GetString() == "accept");
        var done = await officer.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetString()}/complete", new { outcome = "reject", comment = "不属实" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("rejected", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
