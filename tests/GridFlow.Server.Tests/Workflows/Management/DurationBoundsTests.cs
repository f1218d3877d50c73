using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>
/// A deadline is at most ten years (<c>P3650D</c>) or 2,500 working days. Longer ones used to overflow (a 500 from
/// validate and draft) or, worse, to pass validation and publish, after which every report under them was a 500 and
/// the issue was lost.
/// </summary>
public sealed class DurationBoundsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    public static TheoryData<string, string> TooLong => new()
    {
        // the JSON of the accept task's due, and the pointer suffix the 400 names
        { "\"P99999999999D\"", "due" },
        { "\"PT99999999999999H\"", "due" },
        { "\"P10675200D\"", "due" },
        { "\"P3650000D\"", "due" },
        { "\"P3651D\"", "due" },
        { "\"PT87601H\"", "due" },
        { "{\"workingDays\":100000000}", "due" },
        { "{\"workingDays\":2501}", "due" },
        { "{\"workingDays\":99999999999}", "due" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public async Task ADeadlineBeyondTheBound_IsRefusedAtItsPointer_ByValidateDraftAndPublish(string due, string field)
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "bounds-due");
        var accept = DefinitionDocuments.IndexOf(definition, "accept");
        definition["root"]!["activities"]![accept]![field] = JsonNode.Parse(due);

        var validated = await designer.PostAsJsonAsync("/api/workflow-definitions/validate", definition);
        var drafted = await designer.PutAsJsonAsync("/api/workflow-definitions/bounds-due/draft", definition);
        var published = await designer.PostAsync("/api/workflow-definitions/bounds-due/publish", null);

        var pointer = $"/root/activities/{accept}/{field}";
        await ProblemAssert.HasFieldErrorAsync(validated, pointer);
        // A draft is work in progress: it is saved, and says what is wrong with it; publishing it is refused.
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var draft = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(draft.GetProperty("valid").GetBoolean());
        Assert.True(draft.GetProperty("errors").TryGetProperty(pointer, out _), draft.ToString());
        await ProblemAssert.HasFieldErrorAsync(published, pointer);
    }

    [Theory]
    [InlineData("\"P99999999999D\"")]
    [InlineData("\"P3651D\"")]
    [InlineData("{\"workingDays\":100000000}")]
    public async Task AnEscalationAfterBeyondTheBound_Is400AtItsPointer(string after)
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "bounds-after");
        var accept = DefinitionDocuments.IndexOf(definition, "accept");
        definition["root"]!["activities"]![accept]!["escalations"]![0]!["after"] = JsonNode.Parse(after);

        var validated = await designer.PostAsJsonAsync("/api/workflow-definitions/validate", definition);

        await ProblemAssert.HasFieldErrorAsync(validated, $"/root/activities/{accept}/escalations/0/after");
    }

    [Theory]
    [InlineData("\"P3650D\"")]
    [InlineData("{\"workingDays\":2500}")]
    public async Task TheLongestDeadlineAllowed_PublishesAndEveryReportUnderItIsKept(string due)
    {
        var designer = new Designer(app);
        var definitionId = due.Contains("working") ? "bounds-longest-working" : "bounds-longest-fixed";
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(await app.ClientForAsync("designer"), definitionId);
        var accept = definition["root"]!["activities"]![DefinitionDocuments.IndexOf(definition, "accept")]!;
        accept["due"] = JsonNode.Parse(due);
        // The reminder and the escalations are counted from the start and the deadline: the farthest of them lies
        // twenty years out, which must still be computed and stored.
        accept["escalations"]![0]!["after"] = "P3650D";
        await designer.PublishAsync(definition);
        await designer.MapCategoryAsync(definitionId, definitionId);

        var issue = await new Lifecycle(app).ReportAsync(definitionId);
        var task = await new Lifecycle(app).TaskAsync("township-officer", issue.GetProperty("id").GetString()!, "accept");

        var dueAt = task.GetProperty("dueAt").GetDateTimeOffset();
        Assert.InRange(dueAt, DateTimeOffset.UtcNow.AddDays(3000), DateTimeOffset.UtcNow.AddDays(3651));
    }

    [Fact]
    public async Task APublishedVersionThatNoLongerLoads_RefusesReportsWith409_AndWritesNothing()
    {
        // A version published before the bound existed, as an older GridFlow could have stored it.
        var designerClient = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designerClient, "bounds-legacy");
        var designer = new Designer(app);
        await designer.PublishAsync(definition);
        definition["root"]!["activities"]![DefinitionDocuments.IndexOf(definition, "accept")]!["due"] = "P3650000D";
        await using (var db = TestDatabases.OpenContext(app.ConnectionString))
        {
            var published = await db.WorkflowDefinitions.SingleAsync(d => d.DefinitionId == "bounds-legacy");
            db.WorkflowDefinitions.Add(new()
            {
                DefinitionId = "bounds-legacy", Version = published.Version + 1, Name = published.Name, Status = published.Status,
                Json = definition.ToJsonString(), Origin = published.Origin, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await designer.MapCategoryAsync("bounds-legacy", "bounds-legacy");
        await using var check = TestDatabases.OpenContext(app.ConnectionString);
        var before = await check.Issues.CountAsync();
        var (lat, lon) = await new Lifecycle(app).InspectorGridCentreAsync();

        var response = await (await app.ClientForAsync("inspector")).PostAsJsonAsync("/api/issues", new { category = "bounds-legacy", description = "扬尘", lat, lon });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("bounds-legacy", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await check.Issues.CountAsync());
    }
}
