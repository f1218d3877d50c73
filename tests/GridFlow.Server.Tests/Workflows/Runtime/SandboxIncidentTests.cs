using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>
/// An expression that loops, eats memory, recurses or reaches for the CLR fails the transition cleanly: the
/// transaction rolls back, the task stays open, and an incident is recorded on the instance.
/// </summary>
public sealed class SandboxIncidentTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);
    private readonly Designer designer = new(fixture.App);

    [Theory]
    [InlineData("loop", "(() => { while (true) {} })()")]
    [InlineData("memory", "(() => { const a = []; while (true) { a.push('x'.repeat(100000)); } })()")]
    [InlineData("recursion", "(function f() { return f(); })()")]
    [InlineData("clr", "System.IO.File.ReadAllText('/etc/passwd').length > 0")]
    [InlineData("import", "importNamespace('System.IO').File.Exists('/etc/passwd')")]
    public async Task FailingExpression_RecordsAnIncident_AndLeavesTheInstanceWhereItWas(string name, string condition)
    {
        var definitionId = $"sandbox-{name}";
        await designer.PublishAsync(Definitions.WithDecision(definitionId, condition));
        await designer.MapCategoryAsync(definitionId, definitionId);
        var issueId = (await flow.ReportAsync(definitionId)).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", issueId, "first")).GetProperty("id").GetString()!;
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var issue = Guid.Parse(issueId);
        var journalBefore = await db.WorkflowJournal.CountAsync(e => e.IssueId == issue);
        var stateBefore = (await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.IssueId == issue)).State;

        var response = await flow.CompleteAsync("township-officer", task, "go");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var incidentId = problem.GetProperty("incidentId").GetString();
        Assert.Equal("open", (await flow.TaskAsync("township-officer", issueId, "first")).GetProperty("status").GetString());
        Assert.Equal(journalBefore, await db.WorkflowJournal.CountAsync(e => e.IssueId == issue));
        Assert.Equal(stateBefore, (await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.IssueId == issue)).State);
        var incident = Assert.Single((await flow.IssueAsync(issueId)).GetProperty("incidents").EnumerateArray());
        Assert.Equal(incidentId, incident.GetProperty("id").GetString());
        Assert.Equal("decide", incident.GetProperty("activityId").GetString());
    }

    [Fact]
    public async Task Incident_AfterMigratingToAFixedVersion_RetrySucceedsAndResolvesIt()
    {
        var broken = await designer.PublishAsync(Definitions.WithDecision("sandbox-fix", "(() => { while (true) {} })()"));
        await designer.MapCategoryAsync("sandbox-fix", "sandbox-fix");
        var issueId = (await flow.ReportAsync("sandbox-fix")).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", issueId, "first")).GetProperty("id").GetString()!;
        var failed = await flow.CompleteAsync("township-officer", task, "go");
        var incidentId = (await failed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidentId").GetString();
        var fixedVersion = await designer.PublishAsync(Definitions.WithDecision("sandbox-fix", "true"));
        var admin = await flow.As("admin");
        var migration = await admin.PostAsJsonAsync("/api/workflow-instances/migrate", new { definitionId = "sandbox-fix", fromVersion = broken, toVersion = fixedVersion });
        Assert.Equal(1, (await migration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("migrated").GetInt32());
        var instanceId = (await flow.IssueAsync(issueId)).GetProperty("workflowInstanceId").GetString();

        var retried = await admin.PostAsync($"/api/workflow-instances/{instanceId}/incidents/{incidentId}/retry", null);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var issue = await flow.IssueAsync(issueId);
        Assert.Empty(issue.GetProperty("openTasks").EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(issue.GetProperty("incidents").EnumerateArray()).GetProperty("resolvedAt").ValueKind);
        Assert.Contains(issue.GetProperty("journal").EnumerateArray(), e => e.GetProperty("event").GetString() == "task-completed" && e.GetProperty("actor").GetString() == "township-officer");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/workflow-instances/{instanceId}/incidents/{incidentId}/retry", null)).StatusCode);
    }
}
