using GridFlow.Data.Workflows.Management;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Management.Services;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>A file whose content changed is imported once more, as a new published version.</summary>
public sealed class ChangedWorkflowFileTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Start_WithAChangedFile_PublishesANewVersionOfThatDefinitionOnly()
    {
        using var folder = TemporaryWorkflowsFolder.Create();
        var path = folder.FilePath("issue-lifecycle.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("问题处置流程 Issue lifecycle", "问题处置流程 Issue lifecycle (changed)"));

        await using (var second = new GridFlowApp(app.ConnectionString, new() { ["Workflows:Directory"] = folder.Path }))
        {
            second.StartServer();
            var live = await second.GetService<IWorkflowDefinitionStore>().GetLiveAsync("issue-lifecycle", CancellationToken.None);
            Assert.Equal((2, "问题处置流程 Issue lifecycle (changed)"), (live!.Version, live.Name));
        }

        await using (var third = new GridFlowApp(app.ConnectionString, new() { ["Workflows:Directory"] = folder.Path }))
        {
            third.StartServer();
        }

        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var versions = await db.WorkflowDefinitions.OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new { d.DefinitionId, d.Version, d.Status, d.Origin }).ToListAsync();
        Assert.Equal(
            [("assessment-appeal", 1), ("cross-check", 1), ("issue-lifecycle", 1), ("issue-lifecycle", 2), ("issue-lifecycle-strict", 1)],
            versions.Select(v => (v.DefinitionId, v.Version)));
        Assert.All(versions, v => Assert.Equal((DefinitionStatuses.Published, DefinitionOrigins.File), (v.Status, v.Origin)));
        var json = await (await app.ClientForAsync("inspector")).GetFromJsonAsync<JsonElement>("/api/workflow-definitions/issue-lifecycle");
        Assert.Equal(2, json.GetProperty("version").GetInt32());
    }
}
