namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>Running instances stay on their version across a publish, and move only by an explicit migration.</summary>
public sealed class VersioningTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);
    private readonly Designer designer = new(fixture.App);

    [Fact]
    public async Task Publish_NewVersion_RunningInstancesStayOnTheirs()
    {
        var v1 = await designer.PublishAsync(Definitions.Lifecycle("pinning", "受理 v1"));
        await designer.MapCategoryAsync("pin-dust", "pinning");
        var before = (await flow.ReportAsync("pin-dust")).GetProperty("id").GetString()!;

        var v2 = await designer.PublishAsync(Definitions.Lifecycle("pinning", "受理 v2"));
        var after = (await flow.ReportAsync("pin-dust")).GetProperty("id").GetString()!;

        Assert.Equal(v1 + 1, v2);
        Assert.Equal(v1, await VersionOfAsync(before));
        Assert.Equal(v2, await VersionOfAsync(after));
        Assert.Equal("受理 v1", (await flow.TaskAsync("township-officer", before, "accept")).GetProperty("name").GetString());
        Assert.Equal("受理 v2", (await flow.TaskAsync("township-officer", after, "accept")).GetProperty("name").GetString());
        var advanced = await flow.AdvanceAsync("township-officer", before, "accept", "dispatch");
        Assert.Equal("rectifying", advanced.GetProperty("status").GetString());
        Assert.Equal(v1, await VersionOfAsync(before));
    }

    [Fact]
    public async Task Migrate_MovesInstancesWhoseActivitiesExist_AndReportsTheOthers()
    {
        var v1 = await designer.PublishAsync(Definitions.Lifecycle("migrating", "受理 v1"));
        await designer.MapCategoryAsync("mig-dust", "migrating");
        var waitingInAccept = (await flow.ReportAsync("mig-dust")).GetProperty("id").GetString()!;
        var waitingInRectify = (await flow.ReportAsync("mig-dust")).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", waitingInRectify, "accept", "dispatch");
        var target = Definitions.Lifecycle("migrating", "受理 v2");
        RenameActivity(target, "rectify", "rectify-v2");
        var v2 = await designer.PublishAsync(target);

        var admin = await flow.As("admin");
        var response = await admin.PostAsJsonAsync("/api/workflow-instances/migrate", new { definitionId = "migrating", fromVersion = v1, toVersion = v2 });

        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("migrated").GetInt32());
        var failure = Assert.Single(report.GetProperty("failed").EnumerateArray());
        Assert.Contains("rectify", failure.GetProperty("reason").GetString());
        Assert.Equal(v2, await VersionOfAsync(waitingInAccept));
        Assert.Equal(v1, await VersionOfAsync(waitingInRectify));
        Assert.Equal("受理 v2", (await flow.TaskAsync("township-officer", waitingInAccept, "accept")).GetProperty("name").GetString());
        var moved = await flow.AdvanceAsync("township-officer", waitingInAccept, "accept", "dispatch");
        Assert.Equal("rectify-v2", Assert.Single(moved.GetProperty("openTasks").EnumerateArray()).GetProperty("activityId").GetString());
    }

    [Fact]
    public async Task Migrate_ByAnInspector_Is403()
    {
        var inspector = await flow.As("inspector");

        var response = await inspector.PostAsJsonAsync("/api/workflow-instances/migrate", new { definitionId = "issue-lifecycle", fromVersion = 1, toVersion = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> VersionOfAsync(string issueId)
    {
        var admin = await flow.As("admin");
        var instanceId = (await flow.IssueAsync(issueId)).GetProperty("workflowInstanceId").GetString();
        return (await admin.GetFromJsonAsync<JsonElement>($"/api/workflow-instances/{instanceId}")).GetProperty("version").GetInt32();
    }

    private static void RenameActivity(System.Text.Json.Nodes.JsonObject definition, string from, string to)
    {
        Definitions.Activity(definition, from)["id"] = to;
        foreach (var connection in definition["root"]!["connections"]!.AsArray())
        {
            foreach (var end in new[] { "source", "target" })
            {
                if (connection![end]!["activity"]!.GetValue<string>() == from)
                {
                    connection[end]!["activity"] = to;
                }
            }
        }
    }
}
