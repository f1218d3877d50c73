namespace GridFlow.Server.Tests.Assessments.CrossChecks;

/// <summary>Who orders a cross-check, whom for, until when, and who may report for it: each refusal names its field.</summary>
[Collection(CrossChecksCollection.Name)]
public sealed class CrossCheckRulesTests(CrossCheckFixture fixture)
{
    private DateTimeOffset InDays(int days) => fixture.Host.Clock.GetUtcNow().AddDays(days);

    private async Task<HttpResponseMessage> PostAsync(string by, Guid gridId, string checkerUserId, DateTimeOffset dueAt) =>
        await (await fixture.Host.ClientForAsync(by)).PostAsJsonAsync("/api/cross-checks", new { gridId, checkerUserId, dueAt });

    [Fact]
    public async Task Order_TheGridsOwnInspector_IsRefusedOnCheckerUserId()
    {
        var own = await fixture.UserIdAsync("inspector");

        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, own, InDays(3)), "checkerUserId");
    }

    [Fact]
    public async Task Order_ACheckerWhoIsNeitherAnotherInspectorNorASupervisorOverTheGrid_IsRefused()
    {
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, await fixture.UserIdAsync("township-officer"), InDays(3)), "checkerUserId");
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, await fixture.UserIdAsync("designer"), InDays(3)), "checkerUserId");
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, "no-such-user", InDays(3)), "checkerUserId");
        // The county supervisor of the demo county is no checker of another county's grid.
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("admin", fixture.Facts.OtherCountyGridId, await fixture.UserIdAsync("county-supervisor"), InDays(3)), "checkerUserId");
    }

    [Fact]
    public async Task Order_AGridOutsideTheOrderersCounty_IsABadGridId_AndOthersMayNotOrder()
    {
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.OtherCountyGridId, await fixture.UserIdAsync("inspector"), InDays(3)), "gridId");
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", Guid.NewGuid(), fixture.CheckerUserId, InDays(3)), "gridId");
        foreach (var user in new[] { "inspector", "township-officer", "designer" })
        {
            await ProblemAssert.IsProblemAsync(await PostAsync(user, fixture.Facts.InspectorGridId, fixture.CheckerUserId, InDays(3)), HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Order_DueAtInThePastOrMoreThanAYearAhead_IsRefusedOnDueAt()
    {
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, fixture.CheckerUserId, InDays(-1)), "dueAt");
        await ProblemAssert.HasFieldErrorAsync(await PostAsync("county-supervisor", fixture.Facts.InspectorGridId, fixture.CheckerUserId, InDays(366)), "dueAt");
    }

    [Fact]
    public async Task Report_ForAnotherGrid_BySomeoneElse_OrWithAnotherSource_IsRefusedOnItsField()
    {
        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, fixture.CheckerUserId, InDays(4));
        var id = order.GetProperty("id").GetString()!;

        await ProblemAssert.HasFieldErrorAsync(await fixture.ReportAsync(id, await fixture.Flow.GridCentreAsync(fixture.Facts.OtherGridSameTownshipId)), "crossCheckId");
        var inTheGrid = await fixture.Flow.GridCentreAsync(fixture.Facts.InspectorGridId);
        await ProblemAssert.HasFieldErrorAsync(await fixture.ReportAsync(id, inTheGrid, reporter: "county-supervisor"), "crossCheckId");
        await ProblemAssert.HasFieldErrorAsync(await fixture.ReportAsync(Guid.NewGuid().ToString(), inTheGrid), "crossCheckId");
        await ProblemAssert.HasFieldErrorAsync(await fixture.ReportAsync(id, inTheGrid, source: "patrol"), "source");

        var view = await (await fixture.Host.ClientForAsync("county-supervisor")).GetFromJsonAsync<JsonElement>($"/api/cross-checks/{id}");
        Assert.Equal(0, view.GetProperty("issueIds").GetArrayLength());
    }

    [Fact]
    public async Task Read_SupervisorsOfTheRegionAndTheChecker_NotTheGridsInspector()
    {
        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, fixture.CheckerUserId, InDays(4));
        var url = $"/api/cross-checks/{order.GetProperty("id").GetString()}";

        foreach (var user in new[] { "admin", "city-supervisor", "county-supervisor", TestAccounts.OtherCountyInspector })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await fixture.Host.ClientForAsync(user)).GetAsync(url)).StatusCode);
        }

        foreach (var user in new[] { "inspector", "township-officer", "designer" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.Host.ClientForAsync(user)).GetAsync(url)).StatusCode);
        }

        var mine = await (await fixture.Host.ClientForAsync(TestAccounts.OtherCountyInspector)).GetFromJsonAsync<JsonElement>("/api/cross-checks?pageSize=500");
        Assert.All(mine.GetProperty("items").EnumerateArray(), c => Assert.Equal(fixture.CheckerUserId, c.GetProperty("checkerUserId").GetString()));
        Assert.Equal(0, (await (await fixture.Host.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>("/api/cross-checks")).GetProperty("total").GetInt32());
        await ProblemAssert.IsProblemAsync(
            await (await fixture.Host.ClientForAsync("county-supervisor")).GetAsync($"/api/cross-checks?regionId={fixture.Facts.OtherCountyId}"), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await (await fixture.Host.ClientForAsync("county-supervisor")).GetAsync("/api/cross-checks?status=closed"), "status");
    }
}
