using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.Workflows.Runtime.Persistence;
using GridFlow.Workflows.Runtime.Timers;

namespace GridFlow.Server.Tests.Workflows.Runtime.Timers;

/// <summary>What a sweep writes for the rungs it fires, read off the collected effects (no database).</summary>
public sealed class TimerEffectsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 1, 0, 0, TimeSpan.Zero);
    private static readonly (Guid Township, Guid County, Guid City) Regions = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    private static TaskTarget Target(Guid taskId) => new(taskId, "open", "accept", Regions.Township, Regions.County, Regions.City);

    private static DueTimer Timer(TimerRung rung, params TimerRung[] rest) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), rung, rest);

    [Fact]
    public void Reminder_NotifiesWhoeverHoldsTheTask_AndNothingElse()
    {
        var timer = Timer(new TimerRung(TimerKind.Reminder, Now.AddMinutes(-1)));
        var effects = new TimerEffects(Now, "node-a");

        effects.Fire(timer, Target(timer.TaskId));

        Assert.Equal([timer.Id], effects.FiredTimers);
        var notice = Assert.Single(effects.Outbox);
        Assert.Equal(new OutboxRow(timer.IssueId, timer.InstanceId, timer.TaskId, "accept", "task-reminder", OutboxRecipients.TaskAssignee), notice);
        Assert.Empty(effects.OverdueIssues);
        Assert.Empty(effects.Escalations);
        Assert.Empty(effects.Journal);
        Assert.Empty(effects.NextLadders);
    }

    [Fact]
    public void Deadline_MarksTheIssueOverdue_NotifiesAndJournals_AndTheNextRungBecomesThePendingRow()
    {
        var red = new TimerRung(TimerKind.Escalation, Now.AddDays(2), 2, "city-supervisor", "city", "red");
        var timer = Timer(new TimerRung(TimerKind.Due, Now.AddSeconds(-1)), red);
        var effects = new TimerEffects(Now, "node-a");

        effects.Fire(timer, Target(timer.TaskId));

        Assert.Equal([timer.IssueId], effects.OverdueIssues);
        Assert.Equal("task-overdue", Assert.Single(effects.Outbox).Template);
        var line = Assert.Single(effects.Journal);
        Assert.Equal(("overdue", "system", "GridFlow.UserTask", Now), (line.Event, line.Actor, line.ActivityType, line.At));
        var next = Assert.Single(effects.NextLadders);
        Assert.Equal(timer.TaskId, next.TaskId);
        Assert.Equal([red], next.Rungs);
        Assert.Empty(effects.FiredRungs);
    }

    [Fact]
    public void EscalationRungsAlreadyDue_FireInTheSameSweep_EachRaisingItsEscalationToItsScopesRegion()
    {
        var yellow = new TimerRung(TimerKind.Escalation, Now.AddHours(-3), 1, "county-supervisor", "county", "yellow");
        var red = new TimerRung(TimerKind.Escalation, Now.AddHours(-1), 2, "city-supervisor", "city", "red");
        var interview = new TimerRung(TimerKind.Escalation, Now.AddDays(5), 3, "city-supervisor", "city", "interview");
        var timer = Timer(new TimerRung(TimerKind.Due, Now.AddHours(-4)), yellow, red, interview);
        var effects = new TimerEffects(Now, "node-a");

        effects.Fire(timer, Target(timer.TaskId));

        // The deadline is the claimed row; yellow and red fire from its rest as rows of their own; the interview waits.
        Assert.Equal(3, effects.Fired);
        Assert.Equal([yellow, red], effects.FiredRungs.Select(r => Assert.Single(r.Rung.Rungs)));
        Assert.Equal([interview], Assert.Single(effects.NextLadders).Rungs);
        Assert.Equal(
            [(1, "yellow", "county-supervisor", Regions.County), (2, "red", "city-supervisor", Regions.City)],
            effects.Escalations.Select(e => (e.Level, e.Card, e.Role, e.RegionId)));
        // Each escalation names the row of the rung that raised it, so firing it again cannot raise a second one.
        Assert.Equal(effects.FiredRungs.Select(r => r.Id), effects.Escalations.Select(e => e.TimerId));
        Assert.Equal(
            [OutboxRecipients.TaskAssignee, OutboxRecipients.RoleIn("county-supervisor", Regions.County), OutboxRecipients.RoleIn("city-supervisor", Regions.City)],
            effects.Outbox.Select(o => o.Recipients));
        Assert.Equal(["overdue", "escalated", "escalated"], effects.Journal.Select(j => j.Event));
        Assert.Equal("黄牌 yellow card, level 1", effects.Journal[1].Comment);
    }

    [Fact]
    public void ADueTimeout_InTheRest_IsLeftForTheNextSweep()
    {
        var timeout = new TimerRung(TimerKind.Timeout, Now.AddMinutes(-1), Outcome: "expire");
        var timer = Timer(new TimerRung(TimerKind.Reminder, Now.AddMinutes(-2)), timeout);
        var effects = new TimerEffects(Now, "node-a");

        effects.Fire(timer, Target(timer.TaskId));

        Assert.Empty(effects.FiredRungs);
        Assert.Equal([timeout], Assert.Single(effects.NextLadders).Rungs);
    }

    [Fact]
    public void AnEscalationScopedToTheGrid_GoesToTheTownshipsSupervisors()
    {
        var timer = Timer(new TimerRung(TimerKind.Escalation, Now.AddMinutes(-1), 1, "township-officer", "grid", "yellow"));
        var effects = new TimerEffects(Now, "node-a");

        effects.Fire(timer, Target(timer.TaskId));

        Assert.Equal(Regions.Township, Assert.Single(effects.Escalations).RegionId);
    }

    [Fact]
    public void CancelledAndMarkedTimers_AreKeptApart()
    {
        var effects = new TimerEffects(Now, "node-a");
        var (cancelled, completed) = (Guid.NewGuid(), Guid.NewGuid());

        effects.Cancel(cancelled);
        effects.MarkFired(completed);

        Assert.Equal([cancelled], effects.CancelledTimers);
        Assert.Equal([completed], effects.FiredTimers);
        Assert.Empty(effects.Outbox);
    }
}
