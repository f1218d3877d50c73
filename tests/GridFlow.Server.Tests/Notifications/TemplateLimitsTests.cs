using System.Diagnostics;
using GridFlow.Notifications.Rendering;

namespace GridFlow.Server.Tests.Notifications;

/// <summary>
/// A template runs at most 10,000 steps and writes at most 64 K characters. A loop over twenty million numbers used to
/// run to its end at delivery and slow every notification behind it; now it is refused when saved, and one saved
/// before the limits existed gives way to the shipped template at delivery.
/// </summary>
public sealed class TemplateLimitsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Loop = "{% for i in (1..20000000) %}x{% endfor %}";
    private readonly GridFlowApp app = fixture.App;

    [Theory]
    [InlineData("subject", Loop, "正文")]
    [InlineData("body", "新任务", Loop)]
    [InlineData("body", "新任务", "{% for i in (1..3000) %}{{ issue.description }}{% endfor %}")]
    [InlineData("body", "新任务", "{% for i in (1..9000) %}{% for j in (1..9000) %}x{% endfor %}{% endfor %}")]
    [InlineData("body", "新任务", "{% assign n = 20000000 %}{% for i in (1..n) %}x{% endfor %}")]
    [InlineData("body", "新任务", "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..4000) %}{{ s }}{% endfor %}")]
    public async Task ATemplateThatRunsTooLongOrWritesTooMuch_IsRefusedWhenSaved(string field, string subject, string body)
    {
        var designer = await app.ClientForAsync("designer");
        var clock = Stopwatch.StartNew();

        var response = await designer.PutAsJsonAsync("/api/notification-templates/issue-dispatched/zh-CN", new { subject, body });

        clock.Stop();
        await ProblemAssert.HasFieldErrorAsync(response, field);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refused after {clock.Elapsed}");
        var saved = await designer.GetFromJsonAsync<JsonElement>("/api/notification-templates");
        var dispatched = saved.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "issue-dispatched" && t.GetProperty("culture").GetString() == "zh-CN");
        Assert.False(dispatched.GetProperty("customised").GetBoolean());
    }

    [Fact]
    public async Task ATemplateWithinTheLimits_IsSaved()
    {
        var designer = await app.ClientForAsync("designer");

        var response = await designer.PutAsJsonAsync("/api/notification-templates/issue-closed/en",
            new { subject = "Closed: {{ issue.code }}", body = "{% for i in (1..50) %}.{% endfor %}{{ issue.description }}" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ARunawayTemplateSavedBeforeTheLimits_GivesWayToTheShippedOne_AndTheNoticeIsDelivered()
    {
        await using (var db = TestDatabases.OpenContext(app.ConnectionString))
        {
            foreach (var culture in TemplateNames.Cultures)
            {
                db.NotificationTemplates.Add(new() { Name = "task-assigned", Culture = culture, Subject = Loop, Body = Loop, UpdatedAt = DateTimeOffset.UtcNow });
            }

            await db.SaveChangesAsync();
        }

        var issueId = (await new Lifecycle(app).ReportAsync()).GetProperty("id").GetString()!;

        var notice = await new NotificationProbe(app).InAppAsync("township-officer", issueId);
        var subject = notice.GetProperty("subject").GetString()!;
        Assert.NotEmpty(subject);
        Assert.DoesNotContain("xxxx", subject);
    }

    [Fact]
    public async Task TheRendererStopsALoopAtItsStepLimit()
    {
        var renderer = new LiquidRenderer();
        var clock = Stopwatch.StartNew();

        var error = await renderer.RenderErrorAsync(new TemplateText("s", Loop), new Dictionary<string, object?>());

        clock.Stop();
        Assert.NotNull(error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"stopped after {clock.Elapsed}");
    }
}
