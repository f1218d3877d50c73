using GridFlow.Notifications.Rendering;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>The shipped <c>assessment-result</c> templates render the run, the result and the scorecard link in both languages.</summary>
public sealed class ResultTemplateTests
{
    [Fact]
    public async Task AssessmentResult_RendersScoreGradeRanksAndLink()
    {
        var values = new Dictionary<string, object?>
        {
            ["run"] = new RunModel("r1", "网格员月度考核", "2026-11-01", "2026-11-30"),
            ["result"] = new ResultModel("86.5", "良好", "1", 3, 12),
            ["link"] = "http://gf/api/assessment-runs/r1/results/i1",
            ["recipient"] = new RecipientModel("李明", "inspector"),
        };

        var zh = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find(TemplateNames.AssessmentResult, "zh-CN")!, values);
        Assert.Equal("【考核结果】网格员月度考核（2026-11-01 至 2026-11-30）：86.5 分，良好", zh.Subject);
        Assert.Contains("李明，您好", zh.Body);
        Assert.Contains("乡镇（街道）排名：第 3 名；区县排名：第 12 名", zh.Body);
        Assert.Contains("http://gf/api/assessment-runs/r1/results/i1", zh.Body);

        var en = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find(TemplateNames.AssessmentResult, "en")!, values);
        Assert.Equal("[Assessment result] 网格员月度考核 (2026-11-01 to 2026-11-30): 86.5 points, 良好", en.Subject);
        Assert.Contains("Rank in your township: 3; in your county: 12", en.Body);
    }
}
