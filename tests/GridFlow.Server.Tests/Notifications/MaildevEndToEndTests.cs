namespace GridFlow.Server.Tests.Notifications;

/// <summary>End to end through maildev, the mail catcher a newcomer sees with <c>./gridflow run</c>, read over its REST API.</summary>
public sealed class MaildevEndToEndTests(MaildevAppFixture fixture) : IClassFixture<MaildevAppFixture>
{
    [MaildevFact]
    public async Task Report_MailArrivesInMaildev_Once()
    {
        var issue = await new Lifecycle(fixture.App).ReportAsync();
        var code = issue.GetProperty("code").GetString()!;
        using var maildev = new HttpClient { BaseAddress = new Uri(MaildevSettings.Api!) };

        var mails = await Eventually.GetAsync(async () =>
        {
            var all = await maildev.GetFromJsonAsync<JsonElement>("/api/email");
            var matching = all.EnumerateArray().Where(m => m.GetProperty("subject").GetString()!.Contains(code)).ToList();
            return matching.Count > 0 ? matching : null;
        }, $"the mail about {code} in maildev");

        var mail = Assert.Single(mails);
        Assert.StartsWith("【新任务】", mail.GetProperty("subject").GetString());
        Assert.Contains(mail.GetProperty("to").EnumerateArray(), to => to.GetProperty("address").GetString() == "township-officer@demo.gridflow.local");
        Assert.Contains($"/issues/{issue.GetProperty("id").GetString()}", mail.GetProperty("text").GetString());
    }
}
