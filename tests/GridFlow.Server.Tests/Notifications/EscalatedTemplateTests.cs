using GridFlow.Notifications.Rendering;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>The shipped <c>issue-escalated</c> templates, with a card and without one (a definition's own notice after a second failed verification).</summary>
public sealed class EscalatedTemplateTests
{
    private static Dictionary<string, object?> Values(EscalationModel? escalation) => new()
    {
        ["issue"] = new IssueModel("0193", "WT-1", "扬尘", "dust", "工地扬尘", null, "rectifying"),
        ["task"] = new TaskModel("t1", "整改", "2026-03-05 09:00"),
        ["deadline"] = "2026-03-05 09:00",
        ["link"] = "http://gf/issues/0193",
        ["recipient"] = new RecipientModel("张科长", "city-supervisor"),
        ["escalation"] = escalation,
    };

    [Fact]
    public async Task ZhCn_WithACard_NamesCardLevelOverdueTimeAndTheFourActions()
    {
        var message = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find("issue-escalated", "zh-CN")!, Values(new EscalationModel("e1", "red", 2, "2026-03-10 12:00", 2, 3, 0)));

        Assert.Equal("【红牌督办 · 2 级】WT-1 整改 已超期 2 个工作日 3 小时", message.Subject);
        Assert.Contains("一项任务未按期办理，已亮红牌，请您督办。", message.Body);
        Assert.Contains("督办级别：红牌（第 2 级）\n超期时长：已超期 2 个工作日 3 小时（按工作日计）\n升级时间：2026-03-10 12:00（北京时间）\n", message.Body);
        Assert.Contains("· 催办：", message.Body);
        Assert.Contains("查看并督办：http://gf/issues/0193", message.Body);
    }

    [Fact]
    public async Task En_WithACard_NamesCardLevelAndOverdueTime_InEnglishWords()
    {
        var message = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find("issue-escalated", "en")!, Values(new EscalationModel("e1", "yellow", 1, "2026-03-05 09:00", 0, 1, 0)));

        Assert.Equal("[Yellow card, level 1] WT-1 整改 overdue by 1 hour", message.Subject);
        Assert.Contains("Escalation: yellow card, level 1\nOverdue:    by 1 hour (counted in working days)\n", message.Body);
    }

    [Theory]
    [InlineData("zh-CN", "【问题升级督办】WT-1 扬尘", "催办")]
    [InlineData("en", "[Escalated] WT-1 扬尘", "urge")]
    public async Task WithoutACard_IsTheGeneralNotice_WithoutTheEscalationsActions(string culture, string subject, string action)
    {
        var message = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find("issue-escalated", culture)!, Values(null));

        Assert.Equal(subject, message.Subject);
        Assert.DoesNotContain(action, message.Body);
        Assert.Contains("http://gf/issues/0193", message.Body);
    }
}
