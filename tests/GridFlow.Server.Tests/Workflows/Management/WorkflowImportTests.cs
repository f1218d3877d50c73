using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Validation;
using GridFlow.Workflows.Management.Import;
using GridFlow.Workflows.Management.Options;
using GridFlow.Workflows.Management.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>The startup import of <c>workflows/*.json</c> and the default issue categories.</summary>
public sealed class WorkflowImportTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Startup_PublishesBothFiles_AndAddsTheDefaultCategories()
    {
        var inspector = await app.ClientForAsync("inspector");

        var definitions = await inspector.GetFromJsonAsync<List<JsonElement>>("/api/workflow-definitions");
        var categories = await inspector.GetFromJsonAsync<List<JsonElement>>("/api/issue-categories");

        foreach (var id in new[] { "issue-lifecycle", "issue-lifecycle-strict" })
        {
            var definition = definitions!.Single(d => d.GetProperty("definitionId").GetString() == id);
            Assert.Equal(1, definition.GetProperty("publishedVersion").GetInt32());
            Assert.Equal(1, definition.GetProperty("latestVersion").GetInt32());
            var versions = await inspector.GetFromJsonAsync<List<JsonElement>>($"/api/workflow-definitions/{id}/versions");
            Assert.Equal(("published", "file"), (versions!.Single().GetProperty("status").GetString(), versions!.Single().GetProperty("origin").GetString()));
        }

        var mapping = categories!.ToDictionary(c => c.GetProperty("code").GetString()!, c => (c.GetProperty("name").GetString(), c.GetProperty("workflowDefinitionId").GetString()));
        Assert.Equal(("扬尘", "issue-lifecycle"), mapping["dust"]);
        Assert.Equal(("露天焚烧", "issue-lifecycle-strict"), mapping["open-burning"]);
        Assert.Equal(("饮用水源", "issue-lifecycle-strict"), mapping["drinking-water"]);
        Assert.Equal(7, new[] { "dust", "restaurant-fumes", "loose-coal", "small-workshop", "open-burning", "drinking-water", "other" }.Count(mapping.ContainsKey));
    }

    [Fact]
    public async Task SecondStart_WithUnchangedFiles_AddsNoVersion_AndKeepsTheDesignersMapping()
    {
        var designer = await app.ClientForAsync("designer");
        var put = await designer.PutAsJsonAsync("/api/issue-categories/other", new { name = "其他（严格）", workflowDefinitionId = "issue-lifecycle-strict" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var before = await CountVersionsAsync();

        await using (var second = new GridFlowApp(app.ConnectionString))
        {
            second.StartServer();
        }

        Assert.Equal(before, await CountVersionsAsync());
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        var other = await db.IssueCategories.SingleAsync(c => c.Code == "other");
        Assert.Equal(("其他（严格）", "issue-lifecycle-strict"), (other.Name, other.WorkflowDefinitionId));
    }

    [Fact]
    public async Task Import_OfAnInvalidFile_FailsNamingTheFileAndEveryProblem_AndStopsTheHost()
    {
        using var folder = TemporaryWorkflowsFolder.Create();
        var broken = await File.ReadAllTextAsync(folder.FilePath("issue-lifecycle.json"));
        var definition = JsonNode.Parse(broken)!.AsObject();
        var accept = DefinitionDocuments.IndexOf(definition, "accept");
        definition = DefinitionDocuments.WithBadDue(definition, "accept");
        definition["definitionId"] = "broken";
        definition["root"]!["activities"]![0]!["type"] = "GridFlow.Begin";
        await File.WriteAllTextAsync(folder.FilePath("broken.json"), definition.ToJsonString());
        var importer = new WorkflowFileImporter(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new WorkflowOptions { Directory = folder.Path }),
            app.GetService<WorkflowValidator>(),
            app.GetService<WorkflowDefinitionStore>(),
            TimeProvider.System,
            NullLogger<WorkflowFileImporter>.Instance);

        var exception = await Assert.ThrowsAsync<InvalidWorkflowFilesException>(() => importer.StartAsync(CancellationToken.None));
        await using var failing = new GridFlowApp(app.ConnectionString, new() { ["Workflows:Directory"] = folder.Path });
        var hostStart = Record.Exception(failing.StartServer);

        Assert.Contains("broken.json", exception.Message);
        Assert.Contains($"/root/activities/{accept}/due", exception.Message);
        Assert.Contains("/root/activities/0/type", exception.Message);
        Assert.NotNull(hostStart);
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        Assert.False(await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == "broken"));
    }

    private async Task<int> CountVersionsAsync()
    {
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        return await db.WorkflowDefinitions.CountAsync();
    }
}
