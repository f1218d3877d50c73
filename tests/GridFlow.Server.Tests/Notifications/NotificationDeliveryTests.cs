using GridFlow.Notifications.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>Reporting an issue notifies the township officer in the app and by mail, through a real SMTP server (netDumbster).</summary>
public sealed class NotificationDeliveryTests(NetDumbsterAppFixture fixture) : IClassFixture<NetDumbsterAppFixture>
{
    private const string Officer = "township-officer";
    private readonly Lifecycle lifecycle = new(fixture.App);
    private readonly NotificationProbe probe = new(fixture.App);

    [Fact]
    public async Task Report_NotifiesTheOfficerInAppInChinese_AndMarkingReadWorks()
    {
        var issue = await lifecycle.ReportAsync();
        var (issueId, code) = (issue.GetProperty("id").GetString()!, issue.GetProperty("code").GetString()!);

        var notification = await probe.InAppAsync(Officer, issueId);
        var subject = notification.GetProperty("subject").GetString()!;
        Assert.StartsWith("【新任务】", subject);
        Assert.Contains(code, subject);
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("readAt").ValueKind);

        var officer = await fixture.App.ClientForAsync(Officer);
        var id = notification.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        var unread = await officer.GetFromJsonAsync<JsonElement>("/api/notifications?mine=true&unread=true&pageSize=500");
        Assert.DoesNotContain(unread.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);

        var stranger = await fixture.App.ClientForAsync("inspector");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
    }

    [Fact]
    public async Task Report_MailsTheOfficer_WithIssueTaskDeadlineAndLink()
    {
        var issue = await lifecycle.ReportAsync();
        var (issueId, code) = (issue.GetProperty("id").GetString()!, issue.GetProperty("code").GetString()!);

        var mail = await Eventually.GetAsync(
            () => Task.FromResult(fixture.Mails.FirstOrDefault(m => m.Subject.Contains(code) && m.To == "township-officer@demo.gridflow.local")),
            $"the mail about {code}");

        Assert.StartsWith("【新任务】", mail.Subject);
        Assert.Contains($"问题编号：{code}", mail.Body);
        Assert.Contains("问题描述：工地扬尘未覆盖", mail.Body);
        Assert.Contains("当前任务：", mail.Body);
        Assert.Contains("办理期限：", mail.Body);
        Assert.Contains($"http://127.0.0.1:5080/issues/{issueId}", mail.Body);
        var row = Assert.Single(await probe.EmailsAsync(Officer, Guid.Parse(issueId)));
        Assert.Equal($"{row.Id:D}@gridflow", mail.MessageId);
        await Eventually.TrueAsync(async () => (await probe.EmailsAsync(Officer, Guid.Parse(issueId))).Single().Status == "sent", "the mail row marked sent");
    }

    [Fact]
    public async Task EmailTurnedOff_GivesTheInAppNotificationOnly()
    {
        var officer = await fixture.App.ClientForAsync(Officer);
        var off = await officer.PutAsJsonAsync("/api/notification-preferences/task-assigned", new { email = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        try
        {
            var preferences = await officer.GetFromJsonAsync<JsonElement>("/api/notification-preferences");
            Assert.False(preferences.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "task-assigned").GetProperty("email").GetBoolean());

            var issueId = (await lifecycle.ReportAsync()).GetProperty("id").GetString()!;
            await probe.InAppAsync(Officer, issueId);
            // The mail row would have been written in the notification's transaction: none now means none ever.
            Assert.Empty(await probe.EmailsAsync(Officer, Guid.Parse(issueId)));
        }
        finally
        {
            await officer.PutAsJsonAsync("/api/notification-preferences/task-assigned", new { email = true });
        }
    }

    [Fact]
    public async Task Preference_ForAnUnknownKind_Is400()
    {
        var officer = await fixture.App.ClientForAsync(Officer);
        await ProblemAssert.HasFieldErrorAsync(await officer.PutAsJsonAsync("/api/notification-preferences/no-such-kind", new { email = false }), "kind");
    }

    [Fact]
    public async Task TemplateOverride_ChangesTheNextSubject_AndDeletingItRestoresTheShippedOne()
    {
        var designer = await fixture.App.ClientForAsync("designer");
        var put = await designer.PutAsJsonAsync("/api/notification-templates/task-assigned/zh-CN",
            new { subject = "【测试模板】{{ issue.code }} 请办理", body = "{{ recipient.name }}：{{ issue.description }} {{ link }}" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        try
        {
            var listed = await designer.GetFromJsonAsync<JsonElement>("/api/notification-templates");
            Assert.True(listed.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "task-assigned" && t.GetProperty("culture").GetString() == "zh-CN")
                .GetProperty("customised").GetBoolean());

            var issue = await lifecycle.ReportAsync();
            var (issueId, code) = (issue.GetProperty("id").GetString()!, issue.GetProperty("code").GetString()!);
            var notification = await probe.InAppAsync(Officer, issueId);
            Assert.Equal($"【测试模板】{code} 请办理", notification.GetProperty("subject").GetString());
            var mail = await Eventually.GetAsync(() => Task.FromResult(fixture.Mails.FirstOrDefault(m => m.Subject.Contains(code))), $"the mail about {code}");
            Assert.Equal($"【测试模板】{code} 请办理", mail.Subject);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await designer.DeleteAsync("/api/notification-templates/task-assigned/zh-CN")).StatusCode);
        }

        var after = await lifecycle.ReportAsync();
        var again = await probe.InAppAsync(Officer, after.GetProperty("id").GetString()!);
        Assert.StartsWith("【新任务】", again.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task BrokenTemplate_Is400NamingThePart_AndOthersMayNotEdit()
    {
        var designer = await fixture.App.ClientForAsync("designer");
        var body = await ProblemAssert.HasFieldErrorAsync(
            await designer.PutAsJsonAsync("/api/notification-templates/task-assigned/zh-CN", new { subject = "ok {{ issue.code }}", body = "{% if issue.code %}never closed" }), "body");
        Assert.False(string.IsNullOrWhiteSpace(body));
        await ProblemAssert.HasFieldErrorAsync(
            await designer.PutAsJsonAsync("/api/notification-templates/task-assigned/en", new { subject = "{{ issue.code", body = "fine" }), "subject");
        Assert.Equal(HttpStatusCode.NotFound, (await designer.PutAsJsonAsync("/api/notification-templates/no-such/zh-CN", new { subject = "s", body = "b" })).StatusCode);

        var officer = await fixture.App.ClientForAsync(Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/notification-templates/task-assigned/zh-CN", new { subject = "s", body = "b" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/notification-templates")).StatusCode);
    }

    [Fact]
    public async Task Emails_AreListedForAdminsOnly()
    {
        var issue = await lifecycle.ReportAsync();
        await probe.InAppAsync(Officer, issue.GetProperty("id").GetString()!);
        var admin = await fixture.App.ClientForAsync("admin");
        var emails = await admin.GetFromJsonAsync<JsonElement>("/api/emails?pageSize=500");
        Assert.True(emails.GetProperty("total").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await fixture.App.ClientForAsync(Officer)).GetAsync("/api/emails")).StatusCode);
        await ProblemAssert.HasFieldErrorAsync(await admin.GetAsync("/api/emails?status=lost"), "status");
    }

    [Fact]
    public async Task Digest_ListsTheCountysOverdueIssues_OnceADay()
    {
        var issue = await lifecycle.ReportAsync();
        var (issueId, code) = (Guid.Parse(issue.GetProperty("id").GetString()!), issue.GetProperty("code").GetString()!);
        await using (var db = TestDatabases.OpenContext(fixture.App.ConnectionString))
        {
            await db.Issues.Where(i => i.Id == issueId).ExecuteUpdateAsync(set => set.SetProperty(i => i.Overdue, true));
        }

        await RunDigestAsync();
        await RunDigestAsync();

        var supervisor = await fixture.App.ClientForAsync("county-supervisor");
        var page = await supervisor.GetFromJsonAsync<JsonElement>("/api/notifications?mine=true&pageSize=500");
        var digest = Assert.Single(page.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "supervisor-digest");
        Assert.StartsWith("【每日逾期汇总】", digest.GetProperty("subject").GetString());
        Assert.Contains(code, digest.GetProperty("body").GetString());
        await Eventually.TrueAsync(() => Task.FromResult(fixture.Mails.Any(m => m.To == "county-supervisor@demo.gridflow.local" && m.Body.Contains(code))), "the digest mail");
    }

    [Fact]
    public async Task MailOfADeadSender_IsTakenBackAfterItsLease_AndSentOnce()
    {
        var id = Guid.CreateVersion7();
        await using (var db = TestDatabases.OpenContext(fixture.App.ConnectionString))
        {
            var past = DateTimeOffset.UtcNow.AddMinutes(-10);
            db.EmailMessages.Add(new GridFlow.Data.Notifications.EmailMessage
            {
                Id = id, To = "lease-test@demo.gridflow.local", Subject = "lease test", Body = "sent by a node that died", Status = "sending",
                CreatedAt = past, NextAttemptAt = past, LeaseOwner = "dead-node", LeaseUntil = past.AddMinutes(2),
            });
            await db.SaveChangesAsync();
        }

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxRetryJob>().RunAsync(CancellationToken.None);
        }

        await Eventually.TrueAsync(() => Task.FromResult(fixture.Mails.Any(m => m.MessageId == $"{id:D}@gridflow")), "the taken-back mail");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(fixture.Mails, m => m.MessageId == $"{id:D}@gridflow");
        await using var check = TestDatabases.OpenContext(fixture.App.ConnectionString);
        Assert.Equal("sent", (await check.EmailMessages.SingleAsync(e => e.Id == id)).Status);
    }

    private async Task RunDigestAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SupervisorDigestJob>().RunAsync(CancellationToken.None);
    }
}
