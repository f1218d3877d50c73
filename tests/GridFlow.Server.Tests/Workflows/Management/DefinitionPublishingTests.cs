using System.Text.Json.Nodes;
using GridFlow.Contracts.Workflows;
using GridFlow.Workflows.Management.Contracts;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Management;

/// <summary>Validating, saving drafts, publishing and retracting definitions over HTTP.</summary>
public sealed class DefinitionPublishingTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task Validate_BadDuration_Is400KeyedByJsonPointer()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer);
        var rectify = DefinitionDocuments.IndexOf(definition, "rectify");

        var response = await designer.PostAsJsonAsync("/api/workflow-definitions/validate", DefinitionDocuments.WithBadDue(definition, "rectify"));

        Assert.NotEmpty(await ProblemAssert.HasFieldErrorAsync(response, $"/root/activities/{rectify}/due"));
    }

    [Fact]
    public async Task Validate_TheDefaultLifecycle_IsValid()
    {
        var designer = await app.ClientForAsync("designer");

        var response = await designer.PostAsJsonAsync("/api/workflow-definitions/validate", await DefinitionDocuments.DefaultLifecycleAsync(designer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task DraftThenPublish_MakesTheNewVersionLive()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "test-publish");
        definition["name"] = "测试发布 v1";
        Assert.Equal(HttpStatusCode.OK, (await designer.PutAsJsonAsync("/api/workflow-definitions/test-publish/draft", definition)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await designer.PostAsync("/api/workflow-definitions/test-publish/publish", null)).StatusCode);
        definition["name"] = "测试发布 v2";

        var draft = await (await designer.PutAsJsonAsync("/api/workflow-definitions/test-publish/draft", definition)).Content.ReadFromJsonAsync<DraftSaved>();
        var stillLive = await designer.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/test-publish");
        var published = await designer.PostAsync("/api/workflow-definitions/test-publish/publish", null);

        Assert.Equal(new DraftSaved("test-publish", 2, true, null), draft);
        Assert.Equal(1, (int)stillLive!["version"]!);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(new DefinitionVersionRef("test-publish", 2), await published.Content.ReadFromJsonAsync<DefinitionVersionRef>());
        var live = await designer.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/test-publish");
        Assert.Equal((2, "测试发布 v2"), ((int)live!["version"]!, (string)live["name"]!));
        var versions = (await designer.GetFromJsonAsync<List<DefinitionVersionView>>("/api/workflow-definitions/test-publish/versions"))!;
        Assert.Equal(["published", "published"], versions.Select(v => v.Status));
        Assert.All(versions, v => Assert.Equal(("api", "designer"), (v.Origin, v.CreatedBy)));
        var summary = (await designer.GetFromJsonAsync<List<DefinitionSummary>>("/api/workflow-definitions"))!.Single(d => d.DefinitionId == "test-publish");
        Assert.Equal(new DefinitionSummary("test-publish", "测试发布 v2", summary.Description, 2, 2), summary);
        // This node's store follows its own publish at once, without waiting for the cache interval.
        Assert.Equal(2, (await app.GetService<IWorkflowDefinitionStore>().GetLiveAsync("test-publish", CancellationToken.None))!.Version);
        await using var db = TestDatabases.OpenContext(app.ConnectionString);
        Assert.Equal(4, await db.AuditLog.CountAsync(a => a.EntityType == "WorkflowDefinition" && a.EntityId == "test-publish" && a.ActorName == "designer"));
    }

    [Fact]
    public async Task SaveDraft_ReplacesTheLatestDraft_AndSavesInvalidWorkWithItsErrors()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "test-wip");
        var broken = DefinitionDocuments.WithBadDue(definition, "verify");

        var first = await (await designer.PutAsJsonAsync("/api/workflow-definitions/test-wip/draft", broken)).Content.ReadFromJsonAsync<DraftSaved>();
        var second = await (await designer.PutAsJsonAsync("/api/workflow-definitions/test-wip/draft", definition)).Content.ReadFromJsonAsync<DraftSaved>();

        Assert.Equal((1, false), (first!.Version, first.Valid));
        Assert.Contains($"/root/activities/{DefinitionDocuments.IndexOf(definition, "verify")}/due", first.Errors!.Keys);
        Assert.Equal(new DraftSaved("test-wip", 1, true, null), second);
        var draft = await designer.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/test-wip?version=1");
        Assert.Equal(1, (int)draft!["version"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/workflow-definitions/test-wip")).StatusCode);
    }

    [Fact]
    public async Task PublishInvalidDraft_Is400WithPointers_AndChangesNothing()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "test-invalid");
        await designer.PutAsJsonAsync("/api/workflow-definitions/test-invalid/draft", definition);
        await designer.PostAsync("/api/workflow-definitions/test-invalid/publish", null);
        await designer.PutAsJsonAsync("/api/workflow-definitions/test-invalid/draft", DefinitionDocuments.WithBadDue(definition, "accept"));

        var response = await designer.PostAsync("/api/workflow-definitions/test-invalid/publish", null);

        await ProblemAssert.HasFieldErrorAsync(response, $"/root/activities/{DefinitionDocuments.IndexOf(definition, "accept")}/due");
        var versions = (await designer.GetFromJsonAsync<List<DefinitionVersionView>>("/api/workflow-definitions/test-invalid/versions"))!;
        Assert.Equal(["published", "draft"], versions.Select(v => v.Status));
        Assert.Null(versions[1].PublishedAt);
        Assert.Equal(1, (int)(await designer.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/test-invalid"))!["version"]!);
    }

    [Fact]
    public async Task Publish_WithoutADraft_Is409_AndUnknownDefinition_Is404()
    {
        var designer = await app.ClientForAsync("designer");

        await ProblemAssert.IsProblemAsync(await designer.PostAsync("/api/workflow-definitions/issue-lifecycle/publish", null), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.PostAsync("/api/workflow-definitions/no-such-definition/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync("/api/workflow-definitions/no-such-definition")).StatusCode);
    }

    [Fact]
    public async Task SaveDraft_WithAnotherDefinitionId_Is400OnDefinitionId()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "test-other");

        var response = await designer.PutAsJsonAsync("/api/workflow-definitions/test-mismatch/draft", definition);

        await ProblemAssert.HasFieldErrorAsync(response, "/definitionId");
    }

    [Fact]
    public async Task Retract_FallsBackToThePreviousVersion_ButNotTheLastOneCategoriesUse()
    {
        var designer = await app.ClientForAsync("designer");
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(designer, "test-retract");
        for (var i = 0; i < 2; i++)
        {
            await designer.PutAsJsonAsync("/api/workflow-definitions/test-retract/draft", definition);
            await designer.PostAsync("/api/workflow-definitions/test-retract/publish", null);
        }

        var retracted = await designer.PostAsync("/api/workflow-definitions/test-retract/versions/2/retract", null);
        var onlyOne = await designer.PostAsync("/api/workflow-definitions/issue-lifecycle-strict/versions/1/retract", null);

        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.Equal(1, (int)(await designer.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/test-retract"))!["version"]!);
        Assert.Equal(1, (await app.GetService<IWorkflowDefinitionStore>().GetLiveAsync("test-retract", CancellationToken.None))!.Version);
        await ProblemAssert.IsProblemAsync(onlyOne, HttpStatusCode.Conflict);
        Assert.Contains("open-burning", await onlyOne.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CategoryPut_ToADefinitionWithoutPublishedVersion_Is400_AndToAPublishedOne_RemapsAtOnce()
    {
        var designer = await app.ClientForAsync("designer");
        var store = app.GetService<IWorkflowDefinitionStore>();
        Assert.Equal("issue-lifecycle", await store.GetDefinitionIdForCategoryAsync("loose-coal", CancellationToken.None));

        var unknown = await designer.PutAsJsonAsync("/api/issue-categories/loose-coal", new { name = "散煤", workflowDefinitionId = "no-such-definition" });
        var remapped = await designer.PutAsJsonAsync("/api/issue-categories/loose-coal", new { name = "散煤", workflowDefinitionId = "issue-lifecycle-strict" });
        var created = await designer.PutAsJsonAsync("/api/issue-categories/noise", new { name = "噪声", workflowDefinitionId = "issue-lifecycle" });

        Assert.Contains("no published version", await ProblemAssert.HasFieldErrorAsync(unknown, "workflowDefinitionId"));
        Assert.Equal(HttpStatusCode.OK, remapped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("issue-lifecycle-strict", await store.GetDefinitionIdForCategoryAsync("loose-coal", CancellationToken.None));
        Assert.Equal("issue-lifecycle", await store.GetDefinitionIdForCategoryAsync("noise", CancellationToken.None));
        var categories = await designer.GetFromJsonAsync<List<IssueCategoryView>>("/api/issue-categories");
        Assert.Contains(new IssueCategoryView("noise", "噪声", "issue-lifecycle"), categories!);
    }

    public static TheoryData<string> NonDesigners() => ["inspector", "township-officer", "county-supervisor", "city-supervisor"];

    [Theory]
    [MemberData(nameof(NonDesigners))]
    public async Task Writes_ByNonDesigners_Are403_ReadsAre200(string userName)
    {
        var client = await app.ClientForAsync(userName);
        var definition = await DefinitionDocuments.DefaultLifecycleAsync(client);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/workflow-definitions/issue-lifecycle/draft", definition)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/workflow-definitions/issue-lifecycle/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/workflow-definitions/issue-lifecycle/versions/1/retract", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/issue-categories/dust", new { name = "扬尘", workflowDefinitionId = "issue-lifecycle" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/calendar/non-working-days/2026-06-01", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/calendar/non-working-days/2026-06-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/calendar/make-up-workdays/2026-06-06", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/calendar/make-up-workdays/2026-06-06")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/workflow-definitions/issue-lifecycle/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/issue-categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/calendar/non-working-days?year=2026")).StatusCode);
    }

    [Fact]
    public async Task Reads_WithoutSigningIn_Are401()
    {
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflow-definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/issue-categories")).StatusCode);
    }
}
