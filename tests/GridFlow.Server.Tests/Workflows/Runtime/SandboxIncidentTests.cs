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
}
