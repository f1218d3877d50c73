namespace GridFlow.Server.Tests.Notifications.Escalations;

/// <summary>
/// zh-CN notices on a clocked host with a real SMTP server (netDumbster): a red card and an interview of one task are two
/// visibly different mails and in-app notifications, each naming its card, level and overdue time, and the task's
/// Chinese name only.
/// </summary>
public sealed class ChineseEscalationNoticeTests(ChineseMailFixture fixture) : IClassFixture<ChineseMailFixture>
{
    private readonly EscalationScenario scenario = new(fixture);

    [Fact]
    public async Task RedCardAndInterview_OfOneTask_AreTwoMails_NamingTheirLevelAndOverdueTime()
    {
        var (issueId, code) = await scenario.RedCardThenInterviewAsync("红牌督办", "约谈");

        var mails = scenario.CityMails(code);
        Assert.Equal(2, mails.Count);
        var red = Assert.Single(mails, m => m.Subject.Contains("红牌督办", StringComparison.Ordinal));
        var interview = Assert.Single(mails, m => m.Subject.StartsWith("【约谈", StringComparison.Ordinal));
        Assert.Equal($"【红牌督办 · 2 级】{code} 受理派单 已超期 2 个工作日", red.Subject);
        Assert.Equal($"【约谈 · 3 级】{code} 受理派单 已超期 5 个工作日", interview.Subject);
        Assert.NotEqual(red.Body, interview.Body);

        Assert.Contains("督办级别：红牌（第 2 级）", red.Body);
        Assert.Contains("超期时长：已超期 2 个工作日（按工作日计）", red.Body);
        Assert.Contains("督办级别：约谈（第 3 级）", interview.Body);
        Assert.Contains("超期时长：已超期 5 个工作日（按工作日计）", interview.Body);
        foreach (var mail in mails)
        {
            Assert.Contains("当前任务：受理派单\n", mail.Body.ReplaceLineEndings("\n"));
            Assert.DoesNotContain("Accept and dispatch", mail.Subject + mail.Body);
            foreach (var action in new[] { "催办", "改派", "延期", "关闭" })
            {
                Assert.Contains($"· {action}：", mail.Body);
            }

            Assert.Contains($"查看并督办：http://127.0.0.1:5080/issues/{issueId}", mail.Body);
        }
    }

    [Fact]
    public async Task RedCardAndInterview_InApp_CarryTheirEscalationAndTheIssuesPage_OnceEach()
    {
        var (issueId, _) = await scenario.RedCardThenInterviewAsync("红牌督办", "约谈");

        var notices = await scenario.InAppAsync(EscalationScenario.City, issueId, "issue-escalated");
        Assert.Equal(2, notices.Count);
        var cards = notices.Select(n => n.GetProperty("escalation")).Select(e => (e.GetProperty("card").GetString(), e.GetProperty("level").GetInt32())).Order().ToList();
        Assert.Equal([("interview", 3), ("red", 2)], cards);
        Assert.All(notices, n => Assert.Equal($"/issues/{issueId}", n.GetProperty("link").GetString()));
        Assert.NotEqual(notices[0].GetProperty("subject").GetString(), notices[1].GetProperty("subject").GetString());

        var red = notices.Single(n => n.GetProperty("escalation").GetProperty("card").GetString() == "red");
        Assert.Contains("已超期 2 个工作日", red.GetProperty("subject").GetString());
        Assert.Contains("督办级别：红牌（第 2 级）", red.GetProperty("body").GetString());

        // The escalation named is the one the supervisor acts on.
        var escalationId = red.GetProperty("escalation").GetProperty("id").GetString();
        var listed = await (await fixture.Host.ClientForAsync(EscalationScenario.City)).GetFromJsonAsync<JsonElement>($"/api/escalations?level=2&pageSize=500");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == escalationId && e.GetProperty("issueId").GetString() == issueId);

        // The yellow card went to the county, once; its notice names level 1.
        var yellow = Assert.Single(await scenario.InAppAsync("county-supervisor", issueId, "issue-escalated"));
        Assert.Equal("yellow", yellow.GetProperty("escalation").GetProperty("card").GetString());
        Assert.StartsWith("【黄牌督办 · 1 级】", yellow.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task TaskAssigned_InChinese_ShowsTheChineseTaskNameOnly_AndLinksTheIssuesPage()
    {
        var (code, mail) = await scenario.AssignedMailAsync();

        Assert.StartsWith("【新任务】受理派单：", mail.Subject);
        Assert.Contains(code, mail.Subject);
        Assert.Contains("当前任务：受理派单", mail.Body);
        Assert.DoesNotContain("Accept and dispatch", mail.Subject + mail.Body);
        Assert.Contains("http://127.0.0.1:5080/issues/", mail.Body);
    }
}
