namespace GridFlow.Server.Tests.Assessments.CrossChecks;

/// <summary>The status is read from the case and the clock; and an order that fails leaves nothing behind.</summary>
[Collection(CrossChecksCollection.Name)]
public sealed class CrossCheckStatusTests(CrossCheckFixture fixture)
{
    [Fact]
    public async Task Status_OpenPastDueAt_IsOverdue_AndStillTakesReports()
    {
        var dueAt = fixture.Host.Clock.GetUtcNow().AddHours(6);
        var order = await fixture.OrderAsync(fixture.Facts.InspectorGridId, fixture.CheckerUserId, dueAt);
        var id = order.GetProperty("id").GetString()!;

        fixture.Host.AdvanceTo(dueAt.AddMinutes(1));

        var supervisor = await fixture.Host.ClientForAsync("county-supervisor");
        Assert.Equal("overdue", (await supervisor.GetFromJsonAsync<JsonElement>($"/api/cross-checks/{id}")).GetProperty("status").GetString());
        var overdue = await supervisor.GetFromJsonAsync<JsonElement>("/api/cross-checks?status=overdue&pageSize=500");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        var open = await supervisor.GetFromJsonAsync<JsonElement>("/api/cross-checks?status=open&pageSize=500");
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        // Late is not done: the checker still reports what they find.
        var reported = await fixture.ReportAsync(id, await fixture.Flow.GridCentreAsync(fixture.Facts.InspectorGridId));
        Assert.True(reported.StatusCode == HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Order_ThatFailsAfterTheCaseIsWritten_LeavesNeitherTheCaseNorTheCrossCheck()
    {
        const string cases = "SELECT count(*) FROM issues WHERE kind = 'cross-check'";
        const string checks = "SELECT count(*) FROM cross_checks";
        const string audited = "SELECT count(*) FROM audit_log WHERE entity_type = 'CrossCheck'";
        var before = (await fixture.Sql.CountAsync(cases), await fixture.Sql.CountAsync(checks), await fixture.Sql.CountAsync(audited));
        // The cross-check's row is written after its case, in the same transaction: refusing it must take the case with it.
        await fixture.Sql.ExecuteAsync("ALTER TABLE cross_checks ADD CONSTRAINT test_refuses_all CHECK (false) NOT VALID");
        try
        {
            var response = await (await fixture.Host.ClientForAsync("county-supervisor")).PostAsJsonAsync(
                "/api/cross-checks", new { gridId = fixture.Facts.InspectorGridId, checkerUserId = fixture.CheckerUserId, dueAt = fixture.Host.Clock.GetUtcNow().AddDays(1) });
            Assert.False(response.IsSuccessStatusCode);
        }
        finally
        {
            await fixture.Sql.ExecuteAsync("ALTER TABLE cross_checks DROP CONSTRAINT test_refuses_all");
        }

        Assert.Equal(before, (await fixture.Sql.CountAsync(cases), await fixture.Sql.CountAsync(checks), await fixture.Sql.CountAsync(audited)));
        Assert.Equal(0, await fixture.Sql.CountAsync("SELECT count(*) FROM workflow_instances i WHERE NOT EXISTS (SELECT 1 FROM issues s WHERE s.id = i.issue_id)"));
    }
}
