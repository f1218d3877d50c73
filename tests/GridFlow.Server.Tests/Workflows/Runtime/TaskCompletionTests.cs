using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Workflows.Runtime;

/// <summary>What completing a task checks: who, which outcome, the form, and that it happens exactly once.</summary>
public sealed class TaskCompletionTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task TwentyParallelCompletions_ExactlyOneSucceeds_TheOthersAre409()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;
        var officer = await flow.As("township-officer");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            officer.PostAsJsonAsync($"/api/tasks/{task}/complete", new { outcome = "dispatch" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var issueId = Guid.Parse(id);
        Assert.Equal(1, await db.WorkflowTasks.CountAsync(t => t.IssueId == issueId && t.ActivityId == "rectify"));
        Assert.Equal(1, await db.WorkflowJournal.CountAsync(e => e.IssueId == issueId && e.Event == "task-completed"));
    }

    [Fact]
    public async Task CompletingADoneTask_Is409()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await flow.CompleteAsync("township-officer", task, "dispatch")).StatusCode);

        var again = await flow.CompleteAsync("township-officer", task, "dispatch");

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnOutcomeTheTaskDoesNotHave_Is409()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;

        var response = await flow.CompleteAsync("township-officer", task, "pass");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("open", (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task MissingOrWrongFormFields_Are400NamingEachField_AndNothingChanges()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        var task = (await flow.TaskAsync("township-officer", id, "rectify")).GetProperty("id").GetString()!;

        var missing = await flow.CompleteAsync("township-officer", task, "submitted", new { });
        var unknownPhoto = await flow.CompleteAsync("township-officer", task, "submitted", new { description = "done", photos = new[] { Guid.NewGuid().ToString() } });

        await ProblemAssert.HasFieldErrorAsync(missing, "description");
        await ProblemAssert.HasFieldErrorAsync(missing, "photos");
        Assert.Contains("No such photo", await ProblemAssert.HasFieldErrorAsync(unknownPhoto, "photos"));
        Assert.Equal("rectifying", (await flow.IssueAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ACallerWhoSeesTheIssueButIsNotTheAssignee_Is403_AndOneWhoDoesNot_Is404()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        var task = (await flow.TaskAsync("township-officer", id, "accept")).GetProperty("id").GetString()!;

        var supervisor = await flow.CompleteAsync("county-supervisor", task, "dispatch");
        var admin = await flow.CompleteAsync("admin", task, "dispatch");

        Assert.Equal(HttpStatusCode.Forbidden, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);

        // A real task of an issue the caller cannot see (another county's): 404, as if it did not exist, and it stays open.
        var facts = await DemoFacts.LoadAsync(fixture.App);
        var elsewhere = (await flow.ReportAsync(reporter: "city-supervisor", at: await flow.GridCentreAsync(facts.OtherCountyGridId))).GetProperty("id").GetString()!;
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var hidden = await db.WorkflowTasks.Where(t => t.IssueId == Guid.Parse(elsewhere) && t.Status == "open").Select(t => t.Id).SingleAsync();

        var officer = await flow.CompleteAsync("township-officer", hidden.ToString(), "dispatch");
        var inspector = await flow.CompleteAsync("inspector", hidden.ToString(), "dispatch");

        await ProblemAssert.IsProblemAsync(officer, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(inspector, HttpStatusCode.NotFound);
        Assert.Equal("open", await db.WorkflowTasks.Where(t => t.Id == hidden).Select(t => t.Status).SingleAsync());
    }

    [Fact]
    public async Task PhotoFields_NameUploadedAttachments_UnknownAndMalformedIdsAreNamedOnce()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        var task = (await flow.TaskAsync("township-officer", id, "rectify")).GetProperty("id").GetString()!;
        var (first, second, unknown) = (await flow.UploadPhotoAsync("township-officer"), await flow.UploadPhotoAsync("township-officer"), Guid.NewGuid().ToString());

        var response = await flow.CompleteAsync("township-officer", task, "submitted", new { description = "done", photos = new[] { first, unknown, "not-a-guid", second, unknown } });

        var error = await ProblemAssert.HasFieldErrorAsync(response, "photos");
        Assert.Contains($"No such photo: {unknown}, not-a-guid.", error);
        Assert.DoesNotContain(first, error);
        Assert.Equal(HttpStatusCode.OK, (await flow.CompleteAsync("township-officer", task, "submitted", new { description = "done", photos = new[] { first, second } })).StatusCode);
    }

    [Fact]
    public async Task Report_WithTheSameIdempotencyKey_ReturnsTheFirstIssue()
    {
        var key = Guid.NewGuid().ToString();

        var first = await flow.ReportAsync(idempotencyKey: key);
        var second = await flow.ReportAsync(idempotencyKey: key);
        var other = await flow.ReportAsync(idempotencyKey: Guid.NewGuid().ToString());

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("code").GetString(), second.GetProperty("code").GetString());
        Assert.NotEqual(first.GetProperty("id").GetString(), other.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Report_ParallelRepeatsOfOneKey_CreateOneIssue()
    {
        var key = Guid.NewGuid().ToString();

        var reports = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => flow.ReportAsync(idempotencyKey: key)));

        Assert.Single(reports.Select(r => r.GetProperty("id").GetString()).Distinct());
    }

    [Fact]
    public async Task Report_OutsideEveryGridOrUnknownCategory_Is400()
    {
        var inspector = await flow.As("inspector");

        var nowhere = await inspector.PostAsJsonAsync("/api/issues", new { category = "dust", description = "x", lat = 10.0, lon = 10.0 });
        var unknown = await inspector.PostAsJsonAsync("/api/issues", new { category = "noise", description = "x", lat = 36.4, lon = 116.0 });
        var missing = await inspector.PostAsJsonAsync("/api/issues", new { category = "dust" });

        await ProblemAssert.HasFieldErrorAsync(nowhere, "lat");
        await ProblemAssert.HasFieldErrorAsync(unknown, "category");
        await ProblemAssert.HasFieldErrorAsync(missing, "description");
        await ProblemAssert.HasFieldErrorAsync(missing, "lat");
    }

    [Fact]
    public async Task OpeningATask_WritesItsTimersInTheSameTransaction_AndCompletingRemovesThem()
    {
        var id = Guid.Parse((await flow.ReportAsync()).GetProperty("id").GetString()!);
        await using var db = TestDatabases.OpenContext(fixture.App.ConnectionString);
        var accept = await db.WorkflowTasks.SingleAsync(t => t.IssueId == id && t.ActivityId == "accept");
        // The whole ladder is one pending row: the earliest rung in its columns, the later ones in rest, in due order.
        var ladder = await db.WorkflowTimers.SingleAsync(t => t.TaskId == accept.Id);
        Assert.Equal(("reminder", "pending"), (ladder.Kind, ladder.Status));
        var rest = JsonDocument.Parse(ladder.Rest!).RootElement.EnumerateArray().ToList();
        Assert.Equal(["due", "escalation", "escalation", "escalation"], rest.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(accept.DueAt, rest[0].GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal([1, 2, 3], rest.Skip(1).Select(r => r.GetProperty("level").GetInt32()));
        var dues = rest.Select(r => r.GetProperty("dueAt").GetDateTimeOffset()).Prepend(ladder.DueAt).ToList();
        Assert.Equal(dues.Order(), dues);

        await flow.AdvanceAsync("township-officer", id.ToString(), "accept", "dispatch");

        Assert.Empty(await db.WorkflowTimers.AsNoTracking().Where(t => t.TaskId == accept.Id).ToListAsync());
        var rectify = await db.WorkflowTasks.SingleAsync(t => t.IssueId == id && t.ActivityId == "rectify");
        Assert.NotEmpty(await db.WorkflowTimers.AsNoTracking().Where(t => t.TaskId == rectify.Id && t.Status == "pending").ToListAsync());
    }

    [Fact]
    public async Task Inbox_ShowsEachRoleItsOwnTasksOnly()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;

        var officer = await (await flow.As("township-officer")).GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me");
        var inspector = await (await flow.As("inspector")).GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me");

        Assert.Contains(officer.GetProperty("items").EnumerateArray(), t => t.GetProperty("issueId").GetString() == id);
        Assert.DoesNotContain(inspector.GetProperty("items").EnumerateArray(), t => t.GetProperty("issueId").GetString() == id);
        // Without assignedTo=me a supervisor sees the tasks of every issue in their region.
        var county = await (await flow.As("county-supervisor")).GetFromJsonAsync<JsonElement>("/api/tasks?pageSize=500");
        Assert.Contains(county.GetProperty("items").EnumerateArray(), t => t.GetProperty("issueId").GetString() == id);
        Assert.True(county.GetProperty("total").GetInt32() >= 1);
    }
}
