using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Calendar;
using GridFlow.Workflows.Core.Execution;
using static GridFlow.Workflows.Core.Tests.TestSupport.Engine;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Execution;

/// <summary>The one timer planner: for a task that opens, and for a task whose deadline is moved.</summary>
public sealed class TimerPlanTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China();

    private static UserTaskActivity Task(object? timeoutOutcome = null) =>
        (UserTaskActivity)Load(Definition(
            [
                Activity("start", "Start"),
                Activity("fix", "UserTask", new
                {
                    name = "Fix",
                    assignee = new { rule = "townshipOfficers" },
                    due = new { workingDays = 1 },
                    outcomes = new[] { "done", "expire" },
                    reminders = new[] { new { atPercent = 50 }, new { atPercent = 90 } },
                    escalations = new object[]
                    {
                        new { after = "PT0S", level = 1, role = "county-supervisor", scope = "county", card = "yellow" },
                        new { after = new { workingDays = 2 }, level = 2, role = "city-supervisor", scope = "city", card = "red" },
                    },
                    timeoutOutcome,
                }),
                Activity("end", "End"),
            ],
            "start.done->fix", "fix.done->end", "fix.expire->end")).Root.Find("fix")!;

    [Fact]
    public void For_PutsRemindersAtTheirShareOfTheTimeLeft_ThenTheDeadline_ThenTheLadderInWorkingDays()
    {
        // Friday 27 February 2026, 09:00 → Monday 2 March 09:00: the red card two working days later is Wednesday.
        var from = new DateTimeOffset(2026, 2, 27, 9, 0, 0, TimeSpan.FromHours(8));
        var due = Monday;

        var timers = TimerPlan.For(Task(), from, due, Calendar);

        Assert.Equal(
            [
                new TimerRung(TimerKind.Reminder, from + ((due - from) / 2)),
                new TimerRung(TimerKind.Reminder, from + ((due - from) * 90 / 100)),
                new TimerRung(TimerKind.Due, due),
                new TimerRung(TimerKind.Escalation, due, 1, "county-supervisor", "county", "yellow"),
                new TimerRung(TimerKind.Escalation, new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)), 2, "city-supervisor", "city", "red"),
            ],
            timers);
    }

    [Fact]
    public void For_ATaskWithATimeoutOutcome_TimesOutAtTheDeadline_AndNeverEscalates()
    {
        var timers = TimerPlan.For(Task(timeoutOutcome: "expire"), Monday, Monday.AddDays(1), Calendar);

        Assert.Equal([TimerKind.Reminder, TimerKind.Reminder, TimerKind.Timeout], timers.Select(t => t.Kind));
        Assert.Equal(new TimerRung(TimerKind.Timeout, Monday.AddDays(1), Outcome: "expire"), timers[^1]);
    }

    [Fact]
    public void Open_IsForFromNowToTheTasksDue()
    {
        var opened = TimerPlan.Open(Task(), Monday, Calendar);

        Assert.Equal(Monday.AddDays(1), opened.DueAt);
        Assert.Equal(TimerPlan.For(Task(), Monday, opened.DueAt!.Value, Calendar), opened.Timers);
    }

    [Fact]
    public void Open_ATaskWithoutADue_HasNoTimers()
    {
        var definition = Load(Definition([Activity("start", "Start"), Activity("wait", "UserTask", new { name = "Wait", assignee = new { rule = "gridInspector" }, outcomes = new[] { "done" } }), Activity("end", "End")], "start.done->wait", "wait.done->end"));

        var opened = TimerPlan.Open((UserTaskActivity)definition.Root.Find("wait")!, Monday, Calendar);

        Assert.Null(opened.DueAt);
        Assert.Empty(opened.Timers);
    }
}
