using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>
/// A finished run tells each assessed inspector with an account their result, in the app and by mail through a real SMTP
/// server (netDumbster), with the link to their scorecard; an aggregate run tells nobody.
/// </summary>
public sealed class ResultNotificationTests(NetDumbsterAppFixture fixture) : IClassFixture<NetDumbsterAppFixture>
{
    [Fact]
    public async Task A_finished_run_notifies_its_inspectors_in_the_app_and_by_mail_with_the_scorecard_link()
    {
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var admin = await fixture.App.ClientForAsync("admin");
        var from = new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1).AddMonths(-1);
        var run = await RunsFixture.RunAsync(admin, from, from.AddMonths(1).AddDays(-1), new { regionId = facts.DemoTownshipId });
        var runId = run.GetProperty("id").GetString()!;
        var link = $"http://127.0.0.1:5080/api/assessment-runs/{runId}/results/{facts.InspectorId}";
        var card = await RunsFixture.ScorecardAsync(admin, run, facts.InspectorId);

        var inspector = await fixture.App.ClientForAsync("inspector");
        var notification = await Eventually.GetAsync(async () =>
        {
            var mine = await inspector.GetFromJsonAsync<JsonElement>("/api/notifications?mine=true&pageSize=500");
            return mine.GetProperty("items").EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "assessment-result" && n.GetProperty("body").GetString()!.Contains(link))
                .Select(n => (JsonElement?)n).FirstOrDefault();
        }, "the inspector's result notification");
        var subject = notification!.Value.GetProperty("subject").GetString()!;
        Assert.StartsWith("【考核结果】网格员月度考核", subject);
        Assert.Contains(card.GetProperty("grade").GetString()!, subject);
        Assert.Contains($"等级：{card.GetProperty("grade").GetString()}", notification.Value.GetProperty("body").GetString());

        var mail = await Eventually.GetAsync(
            () => Task.FromResult(fixture.Mails.FirstOrDefault(m => m.Body.Contains(link))), "the inspector's result mail");
        Assert.Equal(subject, mail.Subject);
        Assert.Equal("inspector@demo.gridflow.local", mail.To);

        // Every assessed inspector with an account, once: the run's id stands for the outbox row.
        var sql = new TestSql(fixture.App.ConnectionString);
        var notified = await sql.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE outbox_id = $1", Guid.Parse(runId));
        var expected = await sql.ScalarAsync<long>(
            "SELECT count(*) FROM assessment_results r JOIN \"AspNetUsers\" u ON u.inspector_id = r.inspector_id WHERE r.run_id = $1", Guid.Parse(runId));
        Assert.Equal(expected, notified);
        Assert.True(notified >= 1);

        var quarter = await RunsFixture.RunAsync(admin, from, from.AddMonths(1).AddDays(-1), new { regionId = facts.DemoTownshipId, kind = "aggregate" });
        Assert.Equal(0L, await sql.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE outbox_id = $1", Guid.Parse(quarter.GetProperty("id").GetString()!)));
    }
}
