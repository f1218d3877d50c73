using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Results;

/// <summary>
/// The dismissal list (failing N calendar months in a row, N from the scheme; a month without a run breaks the streak) and
/// its confirmation: a supervisor's audited action through Regions, only for an inspector on the list, and a dismissed
/// inspector is not assessed again.
/// </summary>
[Collection(RunsCollection.Name)]
public sealed class DismissalTests(RunsFixture fixture)
{
    private static DateOnly Month(int back) => new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1).AddMonths(-back);

    [Fact]
    public async Task Failing_two_months_in_a_row_lists_the_inspector_and_a_month_without_a_run_breaks_the_streak()
    {
        await FailingScheme.EnsurePublishedAsync(fixture);
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var township = new { regionId = fixture.Facts.DemoTownshipId };
        var older = await RunsFixture.RunAsync(supervisor, Month(6), Month(5).AddDays(-1), township, FailingScheme.Id);
        var newer = await RunsFixture.RunAsync(supervisor, Month(5), Month(4).AddDays(-1), township, FailingScheme.Id);
        var lonely = await RunsFixture.RunAsync(supervisor, Month(3), Month(2).AddDays(-1), township, FailingScheme.Id);

        var list = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{newer.GetProperty("id").GetString()}/dismissal-list")).EnumerateArray().ToList();
        Assert.Equal(newer.GetProperty("inspectors").GetInt32(), list.Count);
        var own = list.Single(c => c.GetProperty("inspectorId").GetString() == fixture.Facts.InspectorId.ToString());
        Assert.Equal([newer.GetProperty("id").GetString()!, older.GetProperty("id").GetString()!], own.GetProperty("failingRuns").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(fixture.Facts.DemoTownshipId.ToString(), own.GetProperty("regionId").GetString());

        Assert.Empty((await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{lonely.GetProperty("id").GetString()}/dismissal-list")).EnumerateArray());
        Assert.Empty((await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{older.GetProperty("id").GetString()}/dismissal-list")).EnumerateArray());
        var inspector = await fixture.App.ClientForAsync("inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/assessment-runs/{newer.GetProperty("id").GetString()}/dismissal-list")).StatusCode);
    }

    [Fact]
    public async Task Confirming_a_dismissal_sets_the_status_with_an_audited_reason_and_later_runs_leave_the_inspector_out()
    {
        await FailingScheme.EnsurePublishedAsync(fixture);
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var township = new { regionId = fixture.Facts.DemoTownshipId };
        await RunsFixture.RunAsync(supervisor, Month(11), Month(10).AddDays(-1), township, FailingScheme.Id);
        var run = await RunsFixture.RunAsync(supervisor, Month(10), Month(9).AddDays(-1), township, FailingScheme.Id);
        var runId = run.GetProperty("id").GetString();
        var list = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/dismissal-list")).EnumerateArray().ToList();
        // Not the demo inspector: the other run tests of this host assess them.
        var peer = Guid.Parse(list.Select(c => c.GetProperty("inspectorId").GetString()!).First(i => i != fixture.Facts.InspectorId.ToString()));

        var notListed = await (await fixture.App.ClientForAsync("admin")).PostAsJsonAsync($"/api/inspectors/{fixture.Facts.OtherCountyInspectorId}/dismissal", new { runId, reason = "连续两月考核不合格" });
        Assert.Equal(HttpStatusCode.Conflict, notListed.StatusCode);
        var outside = await supervisor.PostAsJsonAsync($"/api/inspectors/{fixture.Facts.OtherCountyInspectorId}/dismissal", new { runId, reason = "连续两月考核不合格" });
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        var officer = await fixture.App.ClientForAsync("township-officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/inspectors/{peer}/dismissal", new { runId, reason = "连续两月考核不合格" })).StatusCode);
        var noReason = await supervisor.PostAsJsonAsync($"/api/inspectors/{peer}/dismissal", new { runId });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var confirmed = await supervisor.PostAsJsonAsync($"/api/inspectors/{peer}/dismissal", new { runId, reason = "连续两月考核不合格，经区县审核解聘" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("dismissed", runId), (body.GetProperty("status").GetString(), body.GetProperty("runId").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/inspectors/{peer}/dismissal", new { runId, reason = "再次确认" })).StatusCode);

        var sql = new TestSql(fixture.App.ConnectionString);
        Assert.Equal("Dismissed", await sql.ScalarAsync<string>("SELECT status FROM inspectors WHERE id = $1", peer));
        var reason = await sql.ScalarAsync<string>(
            "SELECT after->>'reason' FROM audit_log WHERE entity_type = 'Inspector' AND entity_id = $1 AND action = 'dismissed' AND actor_name = 'county-supervisor'", peer.ToString());
        Assert.Equal("连续两月考核不合格，经区县审核解聘", reason);
        Assert.Equal(1L, await sql.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity_type = 'Inspector' AND entity_id = $1 AND action = 'updated'", peer.ToString()));

        var later = await RunsFixture.RunAsync(supervisor, Month(9), Month(8).AddDays(-1), township, FailingScheme.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/assessment-runs/{later.GetProperty("id").GetString()}/results/{peer}")).StatusCode);
    }
}
