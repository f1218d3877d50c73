using System.Text.Json;
using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Expressions;
using GridFlow.Workflows.Core.Models;
using GridFlow.Workflows.Core.Serialization;
using static GridFlow.Workflows.Core.Tests.TestSupport.Engine;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Execution;

public sealed class FlowchartStepperTests
{
    private static StepResult Start(WorkflowDefinition definition, IReadOnlyDictionary<string, object?>? issue = null) =>
        Stepper.Start(definition, issue ?? Issue(), Monday);

    private static StepResult Complete(WorkflowDefinition definition, StepResult previous, string activityId, string outcome, JsonObject? data = null) =>
        Stepper.Complete(definition, previous.State, new TaskCompletion(activityId, outcome, "inspector.li", data), Issue(), Monday.AddHours(1));

    [Fact]
    public void Start_RunsAutomaticActivitiesUpToTheFirstUserTask()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("reported", "SetStatus", new { status = "reported" }),
                Activity("tell", "Notify", new { recipients = new { rule = "townshipOfficers" }, template = "task-assigned" }),
                Task("accept", "ok"),
                Activity("end", "End"),
            ],
            "start.done->reported", "reported.done->tell", "tell.done->accept", "accept.ok->end"));

        var result = Start(definition);

        Assert.Equal(["start", "reported", "tell", "accept"], result.Journal.Select(j => j.ActivityId));
        Assert.Equal(new StatusChange("reported", null, "reported"), Assert.Single(result.StatusChanges));
        Assert.Equal("task-assigned", Assert.Single(result.Notifications).Template);
        var task = Assert.Single(result.OpenedTasks);
        Assert.Equal(("accept", Monday.AddHours(2)), (task.ActivityId, task.DueAt));
        Assert.Equal(["accept"], result.State.OpenTasks);
        Assert.False(result.Completed);
    }

    [Fact]
    public void UserTask_ResolvesRemindersAndEscalationLadder()
    {
        var task = Activity("fix", "UserTask", new
        {
            name = "Fix",
            assignee = new { rule = "townshipOfficers" },
            due = new { workingDays = 3 },
            outcomes = new[] { "done" },
            reminders = new[] { new { atPercent = 75 } },
            escalations = new object[]
            {
                new { after = "PT0S", level = 1, role = "county-supervisor", scope = "county", card = "yellow" },
                new { after = new { workingDays = 2 }, level = 2, role = "city-supervisor", scope = "city", card = "red" },
            },
        });
        var definition = Load(Definition([Activity("start", "Start"), task, Activity("end", "End")], "start.done->fix", "fix.done->end"));

        var opened = Assert.Single(Start(definition).OpenedTasks);

        var due = Monday.AddDays(3); // Thursday 5 March
        Assert.Equal(due, opened.DueAt);
        Assert.Collection(
            opened.Timers,
            t => Assert.Equal((TimerKind.Reminder, Monday.AddHours(54)), (t.Kind, t.DueAt)),
            t => Assert.Equal((TimerKind.Due, due), (t.Kind, t.DueAt)),
            t => Assert.Equal((TimerKind.Escalation, due, 1, "yellow"), (t.Kind, t.DueAt, t.Level!.Value, t.Card!)),
            t => Assert.Equal((TimerKind.Escalation, Monday.AddDays(7), 2, "city-supervisor"), (t.Kind, t.DueAt, t.Level!.Value, t.Role!)));
    }

    [Theory]
    [InlineData(3, "high")]
    [InlineData(1, "low")]
    public void Decision_TakesTheTrueOrFalsePort(int severity, string expectedStatus)
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("serious", "Decision", new { condition = "issue.severity >= 3" }),
                Activity("high", "SetVariable", new { variable = "note", value = "'high'" }),
                Activity("low", "SetVariable", new { variable = "note", value = "'low'" }),
                Activity("end", "End"),
            ],
            "start.done->serious", "serious.true->high", "serious.false->low", "high.done->end", "low.done->end"));

        var result = Start(definition, Issue(severity: severity));

        Assert.Equal(expectedStatus, (string?)result.State.Variables["note"]);
        Assert.True(result.Completed);
    }

    [Theory]
    [InlineData("open-burning", "burning")]
    [InlineData("drinking-water-source", "water")]
    [InlineData("dust", "default")]
    public void Switch_TakesTheFirstMatchingCaseOrDefault(string category, string expectedPort)
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("kind", "Switch", new
                {
                    cases = new[]
                    {
                        new { name = "burning", condition = "issue.category === 'open-burning'" },
                        new { name = "water", condition = "issue.category.startsWith('drinking')" },
                        new { name = "also-water", condition = "issue.category.startsWith('drinking')" },
                    },
                }),
                Activity("end", "End"),
            ],
            "start.done->kind", "kind.burning->end", "kind.water->end", "kind.also-water->end", "kind.default->end"));

        var result = Start(definition, Issue(category));

        Assert.Equal(expectedPort, result.Journal.Single(j => j.ActivityId == "kind").Outcome);
    }

    [Fact]
    public void SetVariable_LaterExpressionsSeeTheNewValueAndStatus()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("inc", "SetVariable", new { variable = "count", value = "variables.count + 1" }),
                Activity("status", "SetStatus", new { status = "dispatched" }),
                Activity("note", "SetVariable", new { variable = "note", value = "issue.status + ':' + variables.count" }),
                Activity("end", "End"),
            ],
            "start.done->inc", "inc.done->status", "status.done->note", "note.done->end"));

        var result = Start(definition);

        Assert.Equal("dispatched:1", (string?)result.State.Variables["note"]);
        Assert.Equal(["count", "note"], result.VariableChanges.Select(v => v.Name));
        Assert.Equal("dispatched", result.State.IssueStatus);
    }

    [Fact]
    public void End_CompletesTheInstanceWhenNothingIsOpen()
    {
        var definition = Load(Definition([Activity("start", "Start"), Task("t", "ok"), Activity("end", "End")], "start.done->t", "t.ok->end"));

        var result = Complete(definition, Start(definition), "t", "ok");

        Assert.True(result.Completed);
        Assert.Equal(InstanceStatus.Completed, result.State.Status);
        Assert.Equal(["t"], result.ClosedTasks);
        Assert.Equal(JournalEvents.PathEnded, result.Journal[^1].Event);
        Assert.Equal("inspector.li", result.Journal[0].Actor);
    }

    [Fact]
    public void ForkJoin_JoinWaitsForEveryBranch()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new { branches = new[] { "site", "paper", "auto" } }),
                Task("site-check", "ok"),
                Task("paper-check", "ok"),
                Activity("mark", "SetStatus", new { status = "verifying" }),
                Activity("join", "Join"),
                Activity("closed", "SetStatus", new { status = "closed" }),
                Activity("end", "End"),
            ],
            "start.done->fork", "fork.site->site-check", "fork.paper->paper-check", "fork.auto->mark",
            "site-check.ok->join", "paper-check.ok->join", "mark.done->join", "join.done->closed", "closed.done->end"));

        var started = Start(definition);
        var first = Complete(definition, started, "paper-check", "ok");
        var second = Complete(definition, first, "site-check", "ok");

        Assert.Equal(["site-check", "paper-check"], started.OpenedTasks.Select(t => t.ActivityId));
        Assert.Equal(["mark:done"], started.State.JoinArrivals["join"]);
        Assert.False(first.Completed);
        Assert.DoesNotContain(first.StatusChanges, s => s.To == "closed");
        Assert.True(second.Completed);
        Assert.Equal("closed", second.State.IssueStatus);
        Assert.Empty(second.State.JoinArrivals);
    }

    [Fact]
    public void ForkJoin_WorksAgainInALoop()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new { branches = new[] { "a", "b" } }),
                Task("ta", "ok"),
                Task("tb", "ok"),
                Activity("join", "Join"),
                Task("review", "again", "finish"),
                Activity("end", "End"),
            ],
            "start.done->fork", "fork.a->ta", "fork.b->tb", "ta.ok->join", "tb.ok->join", "join.done->review",
            "review.again->fork", "review.finish->end"));

        var result = Start(definition);
        foreach (var round in Enumerable.Range(0, 2))
        {
            result = Complete(definition, result, "ta", "ok");
            Assert.DoesNotContain("review", result.State.OpenTasks);
            result = Complete(definition, result, "tb", "ok");
            Assert.Equal(["review"], result.State.OpenTasks);
            result = Complete(definition, result, "review", round == 0 ? "again" : "finish");
        }

        Assert.True(result.Completed);
    }

    [Fact]
    public void UserTask_ReachedTwiceWhileOpenMerges()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Activity("fork", "Fork", new { branches = new[] { "a", "b" } }),
                Task("t", "ok"),
                Activity("end", "End"),
            ],
            "start.done->fork", "fork.a->t", "fork.b->t", "t.ok->end"));

        var result = Start(definition);

        Assert.Single(result.OpenedTasks);
        Assert.Contains(result.Journal, j => j.Event == JournalEvents.TaskAlreadyOpen);
    }

    [Fact]
    public void Complete_OutcomeNotAmongOutcomesIsRefused()
    {
        var definition = Load(Definition([Activity("start", "Start"), Task("t", "ok"), Activity("end", "End")], "start.done->t", "t.ok->end"));

        var ex = Assert.Throws<InvalidOutcomeException>(() => Complete(definition, Start(definition), "t", "maybe"));

        Assert.Equal(["ok"], ex.Outcomes);
    }

    [Fact]
    public void Complete_TaskNotOpenIsRefused()
    {
        var definition = Load(Definition([Activity("start", "Start"), Task("t", "ok"), Activity("end", "End")], "start.done->t", "t.ok->end"));
        var done = Complete(definition, Start(definition), "t", "ok");

        Assert.Throws<TaskNotOpenException>(() => Complete(definition, done, "t", "ok"));
        Assert.Throws<TaskNotOpenException>(() => Complete(definition, done, "end", "ok"));
    }

    [Fact]
    public void Complete_InvalidFormIsRefusedFieldByField()
    {
        var task = Task("t", "ok");
        task["form"] = JsonNode.Parse("""[{ "name": "photos", "type": "photos", "required": true, "min": 2 }, { "name": "cost", "type": "number", "required": true }]""");
        var definition = Load(Definition([Activity("start", "Start"), task, Activity("end", "End")], "start.done->t", "t.ok->end"));

        var ex = Assert.Throws<FormValidationException>(() =>
            Complete(definition, Start(definition), "t", "ok", new JsonObject { ["photos"] = new JsonArray("a1"), ["cost"] = "lots" }));

        Assert.Equal(["photos", "cost"], ex.Errors.Keys);
    }

    [Fact]
    public void Expire_CompletesWithTheTimeoutOutcome()
    {
        var task = Task("window", "reopen", "expire");
        task["timeoutOutcome"] = "expire";
        var definition = Load(Definition(
            [Activity("start", "Start"), task, Activity("end", "End"), Activity("end2", "End")],
            "start.done->window", "window.reopen->end2", "window.expire->end"));
        var started = Start(definition);

        var result = Stepper.Expire(definition, started.State, "window", Issue(), Monday.AddHours(2));

        Assert.Equal(TimerKind.Timeout, Assert.Single(started.OpenedTasks[0].Timers).Kind);
        Assert.Equal(("expire", "system"), (result.Journal[0].Outcome!, result.Journal[0].Actor!));
        Assert.True(result.Completed);
    }

    [Fact]
    public void Step_RunawayAutomaticLoopIsStopped()
    {
        // The validator rejects this definition; the stepper must still not hang on it.
        var definition = WorkflowDefinitionReader.Read(Definition(
            [
                Activity("start", "Start"),
                Activity("inc", "SetVariable", new { variable = "count", value = "variables.count + 1" }),
                Activity("again", "Decision", new { condition = "true" }),
                Activity("end", "End"),
            ],
            "start.done->inc", "inc.done->again", "again.true->inc", "again.false->end")).Definition!;

        Assert.Throws<WorkflowRunawayException>(() => Start(definition));
    }

    [Fact]
    public void Step_FailingExpressionLeavesTheStateUntouched()
    {
        var definition = Load(Definition(
            [
                Activity("start", "Start"),
                Task("t", "ok"),
                Activity("inc", "SetVariable", new { variable = "count", value = "variables.count + 1" }),
                Activity("boom", "Decision", new { condition = "issue.nothing.deeper" }),
                Activity("end", "End"),
            ],
            "start.done->t", "t.ok->inc", "inc.done->boom", "boom.true->end", "boom.false->end"));
        var started = Start(definition);

        var ex = Assert.Throws<ExpressionException>(() => Complete(definition, started, "t", "ok"));

        Assert.Equal("boom", ex.ActivityId);
        Assert.Equal(["t"], started.State.OpenTasks);
        Assert.Equal(0, started.State.Variables["count"]!.GetValue<int>());
    }

    [Fact]
    public void State_RoundTripsThroughJson()
    {
        var definition = Load(Definition([Activity("start", "Start"), Task("t", "ok"), Activity("end", "End")], "start.done->t", "t.ok->end"));
        var started = Start(definition);

        var json = JsonSerializer.Serialize(started.State);
        var restored = JsonSerializer.Deserialize<WorkflowInstanceState>(json)!;

        Assert.True(Complete(definition, started with { State = restored }, "t", "ok").Completed);
    }
}
