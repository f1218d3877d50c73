using GridFlow.Server.Tests.Assessments.Patrols;
using Npgsql;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// Runs end to end on the demo data: started over HTTP, carried out by Hangfire, their results and scorecards read back
/// with the facts behind each line, as each role may see them; the snapshot; the aggregation of months.
/// </summary>
[Collection(RunsCollection.Name)]
public sealed class RunTests(RunsFixture fixture)
{
    private static DateOnly MonthStart => RunsFixture.Today.AddDays(1 - RunsFixture.Today.Day);

    [Fact]
    public async Task A_run_scores_its_inspectors_and_every_line_lists_the_facts_that_made_it()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var patrol = await Walk.UploadAsync(inspector, fixture.GridId, 116.05, 21.001, DateTimeOffset.UtcNow.AddMinutes(-40), Walk.Steps(20, 60, 60));
        Assert.True(patrol.GetProperty("valid").GetBoolean());
        var issue = await RunsFixture.ReportAsync(inspector, "restaurant-fumes", 116.055, 21.04);
        var adjusted = await supervisor.PostAsJsonAsync("/api/assessment-adjustments", new
        {
            inspectorId = fixture.Facts.InspectorId, at = DateTimeOffset.UtcNow.AddMinutes(-1), points = 3, reason = "主动发现重大问题，通报表扬",
        });
        Assert.Equal(HttpStatusCode.Created, adjusted.StatusCode);
        var adjustment = (await adjusted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var run = await RunsFixture.RunAsync(supervisor, MonthStart, RunsFixture.Today);
        Assert.Equal(fixture.Facts.DemoCountyId.ToString(), run.GetProperty("regionId").GetString());
        Assert.True(run.GetProperty("factsAsOf").GetDateTimeOffset() <= run.GetProperty("finishedAt").GetDateTimeOffset());
        var results = await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{run.GetProperty("id").GetString()}/results?pageSize=500");
        Assert.Equal(run.GetProperty("inspectors").GetInt32(), results.GetProperty("total").GetInt32());
        Assert.True(results.GetProperty("total").GetInt32() > 1);
        var scores = results.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("score").GetDecimal()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(1, results.GetProperty("items")[0].GetProperty("rankInCounty").GetInt32());

        var card = await RunsFixture.ScorecardAsync(supervisor, run, fixture.Facts.InspectorId);
        Assert.Contains(patrol.GetProperty("id").GetString(), RunsFixture.FactIds(RunsFixture.Line(card, "missed-patrol")));
        Assert.Contains(issue, RunsFixture.FactIds(RunsFixture.Line(card, "valid-report")));
        var adjustmentLine = RunsFixture.Line(card, "adjustment");
        Assert.Contains(adjustment, RunsFixture.FactIds(adjustmentLine));
        // The fact itself says what it gave (other tests of the collection may add adjustments of their own to the line's sum).
        var fact = adjustmentLine.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == adjustment);
        Assert.StartsWith("+3 主动发现重大问题", fact.GetProperty("note").GetString());
        var lines = card.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("points").GetDecimal());
        Assert.Equal(Math.Max(0, 100 + lines), card.GetProperty("score").GetDecimal());
        Assert.All(card.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("facts").EnumerateArray()), f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("id").GetString()));
            Assert.NotEqual(default, f.GetProperty("at").GetDateTimeOffset());
        });
    }

    [Fact]
    public async Task A_county_supervisor_sees_their_countys_results_and_an_inspector_only_their_own()
    {
        var admin = await fixture.App.ClientForAsync("admin");
        var run = await RunsFixture.RunAsync(admin, MonthStart, RunsFixture.Today);
        var runId = run.GetProperty("id").GetString();
        Assert.Equal(JsonValueKind.Null, run.GetProperty("regionId").ValueKind);
        var all = await admin.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=1");

        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var county = await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=500");
        Assert.InRange(county.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        Assert.DoesNotContain(county.GetProperty("items").EnumerateArray(), r => r.GetProperty("inspectorId").GetString() == fixture.Facts.OtherCountyInspectorId.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/assessment-runs/{runId}/results/{fixture.Facts.OtherCountyInspectorId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/assessment-runs/{runId}/results/{fixture.Facts.OtherCountyInspectorId}")).StatusCode);

        var inspector = await fixture.App.ClientForAsync("inspector");
        var own = await inspector.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results");
        Assert.Equal(fixture.Facts.InspectorId.ToString(), own.GetProperty("items").EnumerateArray().Single().GetProperty("inspectorId").GetString());
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/assessment-runs/{runId}/results/{fixture.Facts.InspectorId}")).StatusCode);
        var peer = county.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("inspectorId").GetString()).First(i => i != fixture.Facts.InspectorId.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/api/assessment-runs/{runId}/results/{peer}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync("/api/assessment-runs", new { schemeId = "inspector-monthly", from = MonthStart, to = RunsFixture.Today })).StatusCode);
    }

    [Fact]
    public async Task A_run_reads_its_facts_as_of_its_start_while_others_are_still_being_written()
    {
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var before = await RunsFixture.RunAsync(supervisor, MonthStart, RunsFixture.Today, new { regionId = fixture.Facts.DemoTownshipId });
        var adjustmentsBefore = RunsFixture.FactIds(RunsFixture.Line(await RunsFixture.ScorecardAsync(supervisor, before, fixture.Facts.InspectorId), "adjustment"));

        // A writer holds the adjustments table (the last the run reads) with an adjustment it has not committed, so the run
        // takes its snapshot, reads everything else, and waits for it. The writer commits while the run waits.
        await using var writer = new NpgsqlConnection(fixture.App.ConnectionString);
        await writer.OpenAsync();
        await using var transaction = await writer.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE assessment_adjustments IN ACCESS EXCLUSIVE MODE", writer, transaction))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO assessment_adjustments (id, inspector_id, at, points, reason, recorded_by, recorded_at) VALUES ($1, $2, now(), -7, 'written during the run', 'test', now())
            """, writer, transaction))
        {
            command.Parameters.AddWithValue(Guid.NewGuid());
            command.Parameters.AddWithValue(fixture.Facts.InspectorId);
            await command.ExecuteNonQueryAsync();
        }

        var started = await supervisor.PostAsJsonAsync("/api/assessment-runs", new { schemeId = "inspector-monthly", from = MonthStart, to = RunsFixture.Today, regionId = fixture.Facts.DemoTownshipId });
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await WaitForLockedReaderAsync();
        await transaction.CommitAsync();
        var during = await RunsFixture.WaitAsync(supervisor, runId);
        var adjustmentsDuring = RunsFixture.FactIds(RunsFixture.Line(await RunsFixture.ScorecardAsync(supervisor, during, fixture.Facts.InspectorId), "adjustment"));
        Assert.Equal(adjustmentsBefore.Order(), adjustmentsDuring.Order());

        var after = await RunsFixture.RunAsync(supervisor, MonthStart, RunsFixture.Today, new { regionId = fixture.Facts.DemoTownshipId });
        var adjustmentsAfter = RunsFixture.FactIds(RunsFixture.Line(await RunsFixture.ScorecardAsync(supervisor, after, fixture.Facts.InspectorId), "adjustment"));
        Assert.Equal(adjustmentsBefore.Count + 1, adjustmentsAfter.Count);
    }

    [Fact]
    public async Task A_quarter_is_the_mean_of_its_months()
    {
        var admin = await fixture.App.ClientForAsync("admin");
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var year = RunsFixture.Today.Year - 1;
        var region = new { regionId = fixture.Facts.DemoTownshipId };
        foreach (var (month, points) in new[] { (7, -10m), (8, -20m) })
        {
            var at = new DateTimeOffset(year, month, 15, 2, 0, 0, TimeSpan.Zero);
            var response = await supervisor.PostAsJsonAsync("/api/assessment-adjustments", new { inspectorId = fixture.Facts.InspectorId, at, points, reason = "季度测试扣分" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var months = new List<string>();
        var scores = new List<decimal>();
        for (var month = 7; month <= 9; month++)
        {
            var first = new DateOnly(year, month, 1);
            var monthly = await RunsFixture.RunAsync(admin, first, first.AddMonths(1).AddDays(-1), region);
            months.Add(monthly.GetProperty("id").GetString()!);
            scores.Add((await RunsFixture.ScorecardAsync(admin, monthly, fixture.Facts.InspectorId)).GetProperty("score").GetDecimal());
        }

        // The adjustments tell the months apart: July costs 10 points more than September, August 20.
        Assert.Equal((scores[2] - 10, scores[2] - 20), (scores[0], scores[1]));

        var quarter = await RunsFixture.RunAsync(admin, new DateOnly(year, 7, 1), new DateOnly(year, 9, 30), new { regionId = fixture.Facts.DemoTownshipId, kind = "aggregate" });
        var card = await RunsFixture.ScorecardAsync(admin, quarter, fixture.Facts.InspectorId);
        var mean = Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(mean, card.GetProperty("score").GetDecimal());
        Assert.Equal(scores, card.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("points").GetDecimal()).ToArray());
        Assert.Equal(months, card.GetProperty("lines").EnumerateArray().Select(l => RunsFixture.FactIds(l).Single()).ToList());
    }

    [Fact]
    public async Task Bad_requests_name_their_field()
    {
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        async Task ExpectAsync(object body, string field)
        {
            var response = await supervisor.PostAsJsonAsync("/api/assessment-runs", body);
            await ProblemAssert.HasFieldErrorAsync(response, field);
        }

        await ExpectAsync(new { schemeId = "no-such-scheme", from = MonthStart, to = RunsFixture.Today }, "schemeId");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = RunsFixture.Today, to = RunsFixture.Today.AddDays(-1) }, "to");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = RunsFixture.Today.AddDays(2), to = RunsFixture.Today.AddDays(3) }, "from");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = RunsFixture.Today.AddYears(-2), to = RunsFixture.Today }, "to");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = MonthStart.AddDays(1), to = MonthStart.AddDays(5), kind = "aggregate" }, "to");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = MonthStart, to = RunsFixture.Today, kind = "weekly" }, "kind");
        await ExpectAsync(new { schemeId = "inspector-monthly", from = MonthStart, to = RunsFixture.Today, regionId = fixture.Facts.OtherCountyId }, "regionId");
        var adjustment = await supervisor.PostAsJsonAsync("/api/assessment-adjustments", new { inspectorId = fixture.Facts.OtherCountyInspectorId, at = DateTimeOffset.UtcNow, points = 1, reason = "跨县" });
        await ProblemAssert.HasFieldErrorAsync(adjustment, "inspectorId");
        var future = await supervisor.PostAsJsonAsync("/api/assessment-adjustments", new { inspectorId = fixture.Facts.InspectorId, at = DateTimeOffset.UtcNow.AddDays(1), points = 1, reason = "未来" });
        await ProblemAssert.HasFieldErrorAsync(future, "at");
    }

    /// <summary>Waits until a backend of this database waits for a lock on a query of <c>assessment_adjustments</c>: the run, blocked on its last read.</summary>
    private async Task WaitForLockedReaderAsync()
    {
        await using var probe = new NpgsqlConnection(fixture.App.ConnectionString);
        await probe.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM assessment_adjustments WHERE at%'", probe);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The run never reached its read of the adjustments.");
    }
}
