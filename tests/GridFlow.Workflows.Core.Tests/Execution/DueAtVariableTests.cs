using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Calendar;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Validation;
using static GridFlow.Workflows.Core.Tests.TestSupport.Engine;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Execution;

/// <summary>A task due at the instant a variable holds (<c>"due": { "at": "dueAt" }</c>): a cross-check's due time.</summary>
public sealed class DueAtVariableTests
{
    private static JsonObject Definition(object due, string variable = "dueAt")
    {
        var d = TestSupport.Fixture.Definition(
            [
                Activity("start", "Start"),
                Activity("check", "UserTask", new
                {
                    name = "Check",
                    assignee = new { rule = "designatedUser" },
                    due,
                    outcomes = new[] { "done" },
                    reminders = new[] { new { atPercent = 50 } },
                    escalations = new object[]
                    {
                        new { after = "PT0S", level = 1, role = "county-supervisor", scope = "county", card = "yellow" },
                        new { after = new { workingDays = 2 }, level = 2, role = "city-supervisor", scope = "city", card = "red" },
                    },
                }),
                Activity("end", "End"),
            ],
            "start.done->check", "check.done->end");
        d["variables"] = new JsonArray(new JsonObject { ["name"] = variable, ["value"] = null });
        return d;
    }

    [Fact]
    public void Start_OpensTheTaskDueAtTheVariablesInstant_WithTheLadderCountedFromIt()
    {
        // Monday 09:00 → due Friday 6 March 18:00; the red card two working days later is Tuesday 10 March.
        var due = new DateTimeOffset(2026, 3, 6, 18, 0, 0, TimeSpan.FromHours(8));
        var step = Stepper.Start(Load(Definition(new { at = "dueAt" })), Issue(), Monday, new Dictionary<string, JsonNode?> { ["dueAt"] = due.ToString("O") });

        var task = Assert.Single(step.OpenedTasks);
        Assert.Equal(due, task.DueAt);
        Assert.Equal(
            [
                new TimerRung(TimerKind.Reminder, Monday + ((due - Monday) / 2)),
                new TimerRung(TimerKind.Due, due),
                new TimerRung(TimerKind.Escalation, due, 1, "county-supervisor", "county", "yellow"),
                new TimerRung(TimerKind.Escalation, WorkingDayCalendar.China().AddWorkingDays(due, 2), 2, "city-supervisor", "city", "red"),
            ],
            task.Timers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("next week")]
    [InlineData("2026-03-06")]
    public void Start_RefusesAVariableThatHoldsNoInstant(string? value)
    {
        var variables = new Dictionary<string, JsonNode?> { ["dueAt"] = value is null ? null : JsonValue.Create(value) };

        Assert.Throws<DeadlineVariableException>(() => Stepper.Start(Load(Definition(new { at = "dueAt" })), Issue(), Monday, variables));
    }

    [Fact]
    public void Open_ADeadlineAlreadyPast_HasNoReminder()
    {
        var task = (UserTaskActivity)Load(Definition(new { at = "dueAt" })).Root.Find("check")!;

        var opened = TimerPlan.Open(task, Monday, WorkingDayCalendar.China(), new Dictionary<string, JsonNode?> { ["dueAt"] = Monday.AddHours(-1).ToString("O") });

        Assert.DoesNotContain(opened.Timers, t => t.Kind == TimerKind.Reminder);
        Assert.Contains(opened.Timers, t => t.Kind == TimerKind.Due);
    }

    [Fact]
    public void Validate_AcceptsAnAtDeadlineOnADeclaredVariable() =>
        Assert.Empty(new WorkflowValidator().Validate(Definition(new { at = "dueAt" })));

    [Fact]
    public void Validate_AnAtDeadlineOnAnUndeclaredVariable_IsAProblemAtIt() =>
        Assert.Contains(new WorkflowValidator().Validate(Definition(new { at = "deadline" })), p => p.Pointer == "/root/activities/1/due/at");

    [Theory]
    [InlineData("{ \"at\": 3 }")]
    [InlineData("{ \"at\": \"not a name\" }")]
    [InlineData("{ \"at\": \"dueAt\", \"workingDays\": 1 }")]
    public void Validate_AMalformedAtDeadline_IsAProblemAtTheDue(string due) =>
        Assert.Contains(new WorkflowValidator().Validate(Definition(JsonNode.Parse(due)!)), p => p.Pointer.StartsWith("/root/activities/1/due", StringComparison.Ordinal));

    [Fact]
    public void Validate_AnEscalationCannotBeAtAVariable()
    {
        var d = Definition(new { at = "dueAt" });
        d["root"]!["activities"]![1]!["escalations"]![0]!["after"] = new JsonObject { ["at"] = "dueAt" };

        Assert.Contains(new WorkflowValidator().Validate(d), p => p.Pointer == "/root/activities/1/escalations/0/after");
    }
}
