using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Appeals;

/// <summary>An appeal decided by the county supervisor on their task: upheld (a new revision) or refused (nothing changes).</summary>
[Collection(AppealsCollection.Name)]
public sealed class AppealDecisionTests(AppealsFixture fixture)
{
    [Fact]
    public async Task Uphold_GivesThePointsBackAsAnAdjustment_AndScoresTheResultAgainAsRevision2()
    {
        var runId = await fixture.RunAsync();
        var (itemId, linePoints) = (await fixture.CostlyLinesAsync(runId))[0];
        var before = await fixture.ScorecardAsync(runId);
        Assert.Equal(1, before.GetProperty("revision").GetInt32());
        var filed = await fixture.FiledAsync(runId, itemId);
        Assert.Equal("open", filed.GetProperty("status").GetString());
        var appealId = filed.GetProperty("id").GetString()!;

        // The county supervisor of the inspector's county has it in their inbox, with the outcomes and the form.
        var task = await fixture.InboxTaskAsync(filed.GetProperty("taskId").GetString()!);
        Assert.Equal(["uphold", "refuse"], task.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()));
        Assert.Contains(task.GetProperty("form").EnumerateArray(), f => f.GetProperty("name").GetString() == "points");
        // Upholding needs the points.
        var noPoints = await fixture.DecideAsync(task.GetProperty("id").GetString()!, "uphold", new { comment = "属实" });
        Assert.Equal(HttpStatusCode.BadRequest, noPoints.StatusCode);

        var points = Math.Min(2m, -linePoints);
        var decided = await fixture.DecideAsync(task.GetProperty("id").GetString()!, "uphold", new { points, comment = "系统故障属实 / the outage is confirmed" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        var appeal = await fixture.SettledAsync(appealId);
        Assert.Equal("upheld", appeal.GetProperty("status").GetString());
        Assert.Equal("uphold", appeal.GetProperty("decision").GetString());
        Assert.Equal("系统故障属实 / the outage is confirmed", appeal.GetProperty("comment").GetString());
        Assert.Equal(points, appeal.GetProperty("pointsGiven").GetDecimal());
        var revision = Assert.Single(appeal.GetProperty("revisions").EnumerateArray());
        Assert.Equal((1, 2), (revision.GetProperty("fromRevision").GetInt32(), revision.GetProperty("toRevision").GetInt32()));

        var after = await fixture.ScorecardAsync(runId);
        Assert.Equal(2, after.GetProperty("revision").GetInt32());
        var adjustmentBefore = RunsFixture.Line(before, "adjustment").GetProperty("points").GetDecimal();
        var adjustmentLine = RunsFixture.Line(after, "adjustment");
        var fact = Assert.Single(adjustmentLine.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetString() == appeal.GetProperty("adjustmentId").GetString());
        Assert.Contains(appealId, fact.GetProperty("note").GetString());
        // Within the adjustment item's cap (10): the score rises by what the line gained.
        var gained = adjustmentLine.GetProperty("points").GetDecimal() - adjustmentBefore;
        Assert.Equal(Math.Min(points, 10 - adjustmentBefore), gained);
        Assert.Equal(before.GetProperty("score").GetDecimal() + gained, after.GetProperty("score").GetDecimal());
        Assert.Equal(revision.GetProperty("scoreAfter").GetDecimal(), after.GetProperty("score").GetDecimal());

        // Revision 1 is still there to read, as it was.
        var first = await fixture.ScorecardAsync(runId, revision: 1);
        Assert.Equal((1, before.GetProperty("score").GetDecimal()), (first.GetProperty("revision").GetInt32(), first.GetProperty("score").GetDecimal()));
        Assert.Equal(before.GetProperty("lines").GetRawText(), first.GetProperty("lines").GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.App.ClientForAsync("inspector")).GetAsync($"/api/assessment-runs/{runId}/results/{fixture.Facts.InspectorId}?revision=3")).StatusCode);

        // The adjustment is an ordinary one, naming the appeal, inside the run's period.
        var adjustments = await (await fixture.App.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/assessment-adjustments?inspectorId={fixture.Facts.InspectorId}&pageSize=100");
        var adjustment = adjustments.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetString() == appeal.GetProperty("adjustmentId").GetString());
        Assert.Equal(appealId, adjustment.GetProperty("appealId").GetString());
        var at = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(adjustment.GetProperty("at").GetDateTimeOffset(), RunsFixture.China).DateTime);
        Assert.InRange(at, AppealsFixture.LastMonthFrom, AppealsFixture.LastMonthTo);

        await AssertRanksAsync(runId);
    }

    [Fact]
    public async Task Uphold_WithMorePointsThanTheLineCost_GivesBackWhatItCost()
    {
        var runId = await fixture.RunAsync();
        var (itemId, linePoints) = (await fixture.CostlyLinesAsync(runId))[0];
        var filed = await fixture.FiledAsync(runId, itemId);
        var decided = await fixture.DecideAsync(filed.GetProperty("taskId").GetString()!, "uphold", new { points = 999 });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        var appeal = await fixture.SettledAsync(filed.GetProperty("id").GetString()!);
        Assert.Equal(("upheld", 999m, -linePoints), (appeal.GetProperty("status").GetString(), appeal.GetProperty("pointsRequested").GetDecimal(), appeal.GetProperty("pointsGiven").GetDecimal()));
        Assert.Equal(2, (await fixture.ScorecardAsync(runId)).GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task Refuse_NeedsAComment_AndLeavesTheResultAsItWas()
    {
        var runId = await fixture.RunAsync();
        var (itemId, _) = (await fixture.CostlyLinesAsync(runId))[^1];
        var before = await fixture.ScorecardAsync(runId);
        var filed = await fixture.FiledAsync(runId, itemId);
        var taskId = filed.GetProperty("taskId").GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.DecideAsync(taskId, "refuse", new { })).StatusCode);
        var decided = await fixture.DecideAsync(taskId, "refuse", new { comment = "轨迹显示当天未巡查 / the track shows no patrol" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());

        var appeal = await fixture.SettledAsync(filed.GetProperty("id").GetString()!, "county-supervisor");
        Assert.Equal(("refused", "refuse", "轨迹显示当天未巡查 / the track shows no patrol"),
            (appeal.GetProperty("status").GetString(), appeal.GetProperty("decision").GetString(), appeal.GetProperty("comment").GetString()));
        Assert.False(appeal.TryGetProperty("adjustmentId", out _));
        Assert.Empty(appeal.GetProperty("revisions").EnumerateArray());
        var after = await fixture.ScorecardAsync(runId);
        Assert.Equal(before.GetRawText(), after.GetRawText());

        // Listed for the inspector and the supervisor by run and status; not for another county's inspector.
        var refused = await (await fixture.App.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>($"/api/assessment-appeals?runId={runId}&status=refused");
        Assert.Equal(filed.GetProperty("id").GetString(), Assert.Single(refused.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var theirs = await (await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector)).GetFromJsonAsync<JsonElement>($"/api/assessment-appeals?runId={runId}");
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.App.ClientForAsync(TestAccounts.OtherCountyInspector)).GetAsync($"/api/assessment-appeals/{filed.GetProperty("id").GetString()}")).StatusCode);
    }

    /// <summary>Every result of the run ranked as <c>Ranking</c> ranks them (competition ranking, best first) in its township, county and city.</summary>
    private async Task AssertRanksAsync(string runId)
    {
        var results = (await (await fixture.App.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}/results?pageSize=500"))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.True(results.Count > 1);
        var scores = results.Select(r => r.GetProperty("score").GetDecimal()).ToList();
        foreach (var result in results)
        {
            var score = result.GetProperty("score").GetDecimal();
            Assert.Equal(1 + scores.Count(s => s > score), result.GetProperty("rankInCounty").GetInt32());
            Assert.Equal(1 + scores.Count(s => s > score), result.GetProperty("rankInCity").GetInt32());
        }
    }
}
