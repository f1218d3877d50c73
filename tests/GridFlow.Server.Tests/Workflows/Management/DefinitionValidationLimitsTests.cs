using System.Text;
using System.Text.Json.Nodes;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>
/// Validating a definition costs CPU in proportion to its size, so only designers and admins may ask, a body is at
/// most 256 KB, and a definition of more than 500 activities is refused before it is read. (A 1 MB body of 9,500
/// activities used to cost about 2 s of CPU, from any role.)
/// </summary>
public sealed class DefinitionValidationLimitsTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Theory]
    [InlineData("inspector")]
    [InlineData("township-officer")]
    [InlineData("county-supervisor")]
    [InlineData("city-supervisor")]
    public async Task OnlyDesignersAndAdminsMayValidate(string role)
    {
        var client = await app.ClientForAsync(role);
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(client);

        var response = await client.PostAsJsonAsync("/api/workflow-definitions/validate", definition);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("designer")]
    [InlineData("admin")]
    public async Task DesignersAndAdminsValidate(string role)
    {
        var client = await app.ClientForAsync(role);

        var response = await client.PostAsJsonAsync("/api/workflow-definitions/validate", await DefinitionDocuments.DefaultLifecycleAsync(client));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/workflow-definitions/validate", "POST")]
    [InlineData("/api/workflow-definitions/limits-big/draft", "PUT")]
    public async Task ABodyOver256KB_Is413(string url, string method)
    {
        var designer = await app.ClientForAsync("designer");
        var definition = ManyActivities(400);
        definition["description"] = new string('x', 256 * 1024);
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json") };

        var response = await designer.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task MoreThan500Activities_IsRefusedOnTheActivities_BeforeTheyAreRead()
    {
        var designer = await app.ClientForAsync("designer");
        var body = ManyActivities(501).ToJsonString();

        var validated = await designer.PostAsync("/api/workflow-definitions/validate", new StringContent(body, Encoding.UTF8, "application/json"));
        var drafted = await designer.PutAsync("/api/workflow-definitions/limits/draft", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Contains("at most 500", await ProblemAssert.HasFieldErrorAsync(validated, "/root/activities"));
        var draft = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        var errors = draft.GetProperty("errors");
        // Only the size is reported: the activities themselves were never looked at.
        Assert.Equal(["/root/activities"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task AValidationBurstFromOneDesigner_IsQueuedOrRefusedWith429_NeverServedAllAtOnce()
    {
        // One designer's validations run one at a time with two waiting; the rest are 429 at once. Which ones are
        // refused depends on timing; twenty sent at once cannot all find a free place.
        var designer = await app.ClientForAsync("designer");
        var body = ManyActivities(500).ToJsonString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            designer.PostAsync("/api/workflow-definitions/validate", new StringContent(body, Encoding.UTF8, "application/json"))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.BadRequest);
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests))
        {
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        }
    }

    /// <summary>A chain of user tasks, each connected to the next: as large as a definition may be, and invalid (no Start).</summary>
    private static JsonObject ManyActivities(int count)
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            activities.Add(new JsonObject { ["id"] = $"t{i}", ["type"] = "GridFlow.UserTask", ["name"] = $"t{i}", ["assignee"] = new JsonObject { ["rule"] = "townshipOfficers" }, ["outcomes"] = new JsonArray("go") });
            if (i > 0)
            {
                connections.Add(new JsonObject { ["source"] = new JsonObject { ["activity"] = $"t{i - 1}", ["port"] = "go" }, ["target"] = new JsonObject { ["activity"] = $"t{i}", ["port"] = "in" } });
            }
        }

        return new JsonObject { ["definitionId"] = "limits", ["name"] = "limits", ["version"] = 1, ["root"] = new JsonObject { ["activities"] = activities, ["connections"] = connections } };
    }
}
