using GridFlow.Notifications.Delivery;
using GridFlow.Notifications.Rendering;
using GridFlow.Testing;
using GridFlow.Workflows.Core.Catalog;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>The shipped templates: one per kind and language, each parses and renders the issue, the task, the deadline and the link.</summary>
public sealed class TemplateTests
{
    public static TheoryData<string, string> Every()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in TemplateNames.All)
        {
            foreach (var culture in TemplateNames.Cultures)
            {
                data.Add(name, culture);
            }
        }

        return data;
    }

    /// <summary>
    /// The template files in the source tree are exactly the kinds a definition may notify with plus the digest and the
    /// assessment result, in each language: a kind without its file, or a file no kind uses, fails here.
    /// </summary>
    [Fact]
    public void TemplateFiles_AreExactlyTheKnownKinds_InEachLanguage()
    {
        var folder = Path.Combine(RepoPaths.Src, "GridFlow.Notifications", "Templates");
        foreach (var culture in TemplateNames.Cultures)
        {
            var files = Directory.GetFiles(Path.Combine(folder, culture), "*.liquid").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            Assert.Equal(KnownTemplates.All.Append(TemplateNames.SupervisorDigest).Append(TemplateNames.AssessmentResult).Order(StringComparer.Ordinal), files);
        }

        Assert.Equal(TemplateNames.Cultures.Order(StringComparer.Ordinal), Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Shipped_ExistsAndParses(string name, string culture)
    {
        var template = EmbeddedTemplates.Find(name, culture);
        Assert.NotNull(template);
        Assert.False(string.IsNullOrWhiteSpace(template.Subject));
        Assert.Null(LiquidRenderer.ParseError(template.Subject));
        Assert.Null(LiquidRenderer.ParseError(template.Body));
    }

    [Fact]
    public async Task TaskAssigned_RendersIssueTaskDeadlineAndLink()
    {
        var issue = new IssueModel("0193", "WT-1", "扬尘", "dust", "工地扬尘", null, "reported");
        var values = new Dictionary<string, object?>
        {
            ["issue"] = issue,
            ["task"] = new TaskModel("t1", "受理", "2026-12-01 17:00"),
            ["deadline"] = "2026-12-01 17:00",
            ["link"] = "http://gf/issues/0193",
            ["recipient"] = new RecipientModel("王科员", "township-officer"),
        };

        var zh = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find("task-assigned", "zh-CN")!, values);
        Assert.Equal("【新任务】受理：WT-1 扬尘", zh.Subject);
        Assert.Contains("王科员，您好", zh.Body);
        Assert.Contains("办理期限：2026-12-01 17:00", zh.Body);
        Assert.Contains("http://gf/issues/0193", zh.Body);
        Assert.DoesNotContain("地点", zh.Body);

        var en = await new LiquidRenderer().RenderAsync(EmbeddedTemplates.Find("task-assigned", "en")!, values);
        Assert.Equal("[New task] 受理: WT-1 扬尘", en.Subject);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(8, 600)]
    [InlineData(1000, 600)]
    public void Backoff_DoublesUpToTheCap(int attempts, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Delay(attempts, 5, 600));
}
