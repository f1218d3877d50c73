using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace GridFlow.Server.Tests.Operations;

/// <summary>
/// What a caller sends cannot make the server spend seconds or hundreds of megabytes: an expression, a template or a
/// definition that tries is stopped within its limit. Each case is timed and its allocations (the whole server's, so
/// the tests run alone) are bounded well below what the unbounded case took (a regex ran 10 s, three reports with
/// <c>'x'.repeat(100000000)</c> grew the server by 550 MB, a range of twenty million numbers took 4 s).
/// </summary>
[Collection(ResourceLimitsCollection.Name)]
public sealed class ResourceLimitTests(DemoAppFixture fixture, ITestOutputHelper output) : IClassFixture<DemoAppFixture>
{
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(3);
    private const long MemoryBound = 100L * 1024 * 1024;

    private readonly GridFlowApp app = fixture.App;
    private readonly Lifecycle flow = new(fixture.App);
    private readonly Designer designer = new(fixture.App);

    [Theory]
    [InlineData("regex", "/(a+)+b/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac')")]
    [InlineData("repeat", "'x'.repeat(100000000).length > 0")]
    [InlineData("doubling", "(() => { let s = 'xxxxxxxxxx'; for (let i = 0; i < 27; i++) s = s + s; return s.length > 0; })()")]
    public async Task AnExpressionThatBurns_IsStoppedWithinItsLimit_AndBecomesAnIncident(string name, string condition)
    {
        var definitionId = $"limits-{name}";
        await designer.PublishAsync(Definitions.WithDecision(definitionId, condition));
        await designer.MapCategoryAsync(definitionId, definitionId);
        var issueId = (await flow.ReportAsync(definitionId)).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", issueId, "first")).GetProperty("id").GetString()!;

        var (response, elapsed, allocated) = await MeasureAsync(() => flow.CompleteAsync("township-officer", task, "go"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("incidentId", out _));
        Within(name, elapsed, allocated);
    }

    [Fact]
    public async Task ARangeOfTwentyMillionInATemplate_IsRefusedWithinTheLimit()
    {
        var client = await app.ClientForAsync("designer");

        var (response, elapsed, allocated) = await MeasureAsync(() => client.PutAsJsonAsync(
            "/api/notification-templates/issue-closed/zh-CN", new { subject = "结案", body = "{% for i in (1..20000000) %}{{ i }}{% endfor %}" }));

        await ProblemAssert.HasFieldErrorAsync(response, "body");
        Within("template range", elapsed, allocated);
    }

    [Fact]
    public async Task TheLargestDefinitionAllowed_IsValidatedWithinTheLimit()
    {
        var client = await app.ClientForAsync("designer");
        var body = LargestDefinition();
        output.WriteLine($"definition: {body.Length / 1024} KB");

        var (response, elapsed, allocated) = await MeasureAsync(() =>
            client.PostAsync("/api/workflow-definitions/validate", new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Within("largest definition", elapsed, allocated);
    }

    private void Within(string name, TimeSpan elapsed, long allocated)
    {
        output.WriteLine($"{name}: {elapsed.TotalMilliseconds:0} ms, {allocated / 1024.0 / 1024.0:0.0} MB allocated");
        Assert.True(elapsed < TimeBound, $"{name} took {elapsed.TotalMilliseconds:0} ms");
        Assert.True(allocated < MemoryBound, $"{name} allocated {allocated / 1024 / 1024} MB");
    }

    private static async Task<(HttpResponseMessage Response, TimeSpan Elapsed, long Allocated)> MeasureAsync(Func<Task<HttpResponseMessage>> request)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var response = await request();
        clock.Stop();
        return (response, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary>500 user tasks in one chain, just under 256 KB: as much as anyone may send (it has no Start, so it is a 400).</summary>
    private static string LargestDefinition()
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        var padding = new string('说', 40);
        for (var i = 0; i < 500; i++)
        {
            activities.Add(new JsonObject { ["id"] = $"t{i}", ["type"] = "GridFlow.UserTask", ["name"] = $"{padding}{i}", ["assignee"] = new JsonObject { ["rule"] = "townshipOfficers" }, ["outcomes"] = new JsonArray("go") });
            if (i > 0)
            {
                connections.Add(new JsonObject { ["source"] = new JsonObject { ["activity"] = $"t{i - 1}", ["port"] = "go" }, ["target"] = new JsonObject { ["activity"] = $"t{i}", ["port"] = "in" } });
            }
        }

        return new JsonObject { ["definitionId"] = "limits", ["name"] = "limits", ["version"] = 1, ["root"] = new JsonObject { ["activities"] = activities, ["connections"] = connections } }.ToJsonString();
    }
}
