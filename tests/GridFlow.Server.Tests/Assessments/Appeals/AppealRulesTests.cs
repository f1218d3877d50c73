using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Appeals;

/// <summary>Who may appeal what, and when; and a filing that fails leaves nothing behind.</summary>
[Collection(AppealsCollection.Name)]
public sealed class AppealRulesTests(AppealsFixture fixture)
{
    [Fact]
    public async Task File_SomeoneElsesResult_Is403WhereTheySeeIt_And404WhereTheyDoNot()
    {
        var runId = await fixture.RunAsync();
        var (itemId, _) = (await fixture.CostlyLinesAsync(runId))[0];

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.FileAsync(runId, itemId, user: "county-supervisor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.FileAsync(runId, itemId, user: "township-officer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.FileAsync(runId, itemId, user: TestAccounts.OtherCountyInspector)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.FileAsync(Guid.NewGuid().ToString(), itemId)).StatusCode);
        Assert.Equal(0, await fixture.Sql.CountAsync("SELECT count(*) FROM assessment_appeals WHERE run_id = $1", Guid.Parse(runId)));
    }

    [Fact]
    public async Task File_AnItemNotOnTheScorecard_OrABadReason_Is400NamingIt()
    {
        var runId = await fixture.RunAsync();
        var (itemId, _) = (await fixture.CostlyLinesAsync(runId))[0];

        await ProblemAssert.HasFieldErrorAsync(await fixture.FileAsync(runId, "no-such-item"), "itemId");
        await ProblemAssert.HasFieldErrorAsync(await fixture.FileAsync(runId, itemId, reason: "   "), "reason");
        await ProblemAssert.HasFieldErrorAsync(await fixture.FileAsync(runId, itemId, reason: new string('理', 1001)), "reason");
        var free = (await fixture.ScorecardAsync(runId)).GetProperty("lines").EnumerateArray().FirstOrDefault(l => l.GetProperty("points").GetDecimal() >= 0);
        if (free.ValueKind == JsonValueKind.Object)
        {
            // A line that cost nothing has nothing to give back.
            await ProblemAssert.HasFieldErrorAsync(await fixture.FileAsync(runId, free.GetProperty("itemId").GetString()!), "itemId");
        }
    }

    [Fact]
    public async Task File_ASecondOpenAppealOfTheLine_Is409()
    {
        var runId = await fixture.RunAsync();
        var (itemId, _) = (await fixture.CostlyLinesAsync(runId))[0];
        await fixture.FiledAsync(runId, itemId);

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.FileAsync(runId, itemId)).StatusCode);
        Assert.Equal(1, await fixture.Sql.CountAsync("SELECT count(*) FROM assessment_appeals WHERE run_id = $1", Guid.Parse(runId)));
    }

    [Fact]
    public async Task File_ARunNotDone_OrAnAggregate_Is409()
    {
        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        // An aggregate of a month without a monthly run fails.
        var from = AppealsFixture.LastMonthFrom.AddMonths(-3);
        var started = await supervisor.PostAsJsonAsync("/api/assessment-runs", new
        {
            schemeId = "inspector-monthly", from = from.ToString("yyyy-MM-dd"), to = from.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd"), regionId = fixture.Facts.DemoTownshipId, kind = "aggregate",
        });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var failedId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await supervisor.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{failedId}")).GetProperty("status").GetString() is "queued" or "running" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.FileAsync(failedId, "missed-patrol")).StatusCode);

        await fixture.RunAsync();
        var aggregate = await RunsFixture.RunAsync(supervisor, AppealsFixture.LastMonthFrom, AppealsFixture.LastMonthTo, new { regionId = fixture.Facts.DemoTownshipId, kind = "aggregate" });
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.FileAsync(aggregate.GetProperty("id").GetString()!, "missed-patrol")).StatusCode);
    }

    [Fact]
    public async Task File_ThatFailsAfterTheCaseIsWritten_LeavesNeitherTheCaseNorTheAppeal()
    {
        var runId = await fixture.RunAsync();
        var (itemId, _) = (await fixture.CostlyLinesAsync(runId))[0];
        const string cases = "SELECT count(*) FROM issues WHERE kind = 'appeal'";
        const string appeals = "SELECT count(*) FROM assessment_appeals";
        const string audited = "SELECT count(*) FROM audit_log WHERE entity_type = 'AssessmentAppeal'";
        var before = (await fixture.Sql.CountAsync(cases), await fixture.Sql.CountAsync(appeals), await fixture.Sql.CountAsync(audited));
        // The appeal's row is written after its case, in the same transaction: refusing it must take the case with it.
        await fixture.Sql.ExecuteAsync("ALTER TABLE assessment_appeals ADD CONSTRAINT test_refuses_all CHECK (false) NOT VALID");
        try
        {
            Assert.False((await fixture.FileAsync(runId, itemId)).IsSuccessStatusCode);
        }
        finally
        {
            await fixture.Sql.ExecuteAsync("ALTER TABLE assessment_appeals DROP CONSTRAINT test_refuses_all");
        }

        Assert.Equal(before, (await fixture.Sql.CountAsync(cases), await fixture.Sql.CountAsync(appeals), await fixture.Sql.CountAsync(audited)));
        Assert.Equal(0, await fixture.Sql.CountAsync("SELECT count(*) FROM workflow_instances i WHERE NOT EXISTS (SELECT 1 FROM issues s WHERE s.id = i.issue_id)"));
        // And the line can be appealed once the database takes it.
        await fixture.FiledAsync(runId, itemId);
        Assert.Equal(before.Item1 + 1, await fixture.Sql.CountAsync(cases));
        Assert.Equal(before.Item3 + 1, await fixture.Sql.CountAsync(audited));
    }
}
