using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Models;
using static GridFlow.Workflows.Core.Tests.TestSupport.Engine;
using static GridFlow.Workflows.Core.Tests.TestSupport.Fixture;

namespace GridFlow.Workflows.Core.Tests.Execution;

/// <summary>Which task a notification is about: the one its step opens next after it, else the task that was completed.</summary>
public sealed class NotificationTaskTests
{
    private static readonly WorkflowDefinition Definition = Load(TestSupport.Fixture.Definition(
        [
            Activity("start", "Start"),
            Activity("announce-first", "Notify", new { recipients = new { rule = "townshipOfficers" }, template = "task-assigned" }),
            Task("first", "next", "stop"),
            Activity("before-fork", "Notify", new { recipients = new { rule = "gridInspector" }, template = "issue-dispatched" }),
            Activity("fork", "Fork", new { branches = new[] { "a", "b" } }),
            Task("second", "ok"),
            Task("third", "ok"),
            Activity("rejected", "Notify", new { recipients = new { rule = "gridInspector" }, template = "issue-rejected" }),
            Activity("end", "End"),
        ],
        "start.done->announce-first", "announce-first.done->first", "first.next->before-fork", "before-fork.done->fork",
        "fork.a->second", "fork.b->third", "first.stop->rejected", "rejected.done->end", "second.ok->end", "third.ok->end"));

    [Fact]
    public void ANotificationBeforeATask_IsAboutThatTask()
    {
        var start = Stepper.Start(Definition, Issue(), Monday);

        var notice = Assert.Single(start.Notifications);
        Assert.Equal(0, notice.OpenedTask);
        Assert.False(notice.AboutCompletedTask);
        Assert.Equal("first", start.OpenedTasks[notice.OpenedTask!.Value].ActivityId);
    }

    [Fact]
    public void ANotificationBeforeAFork_IsAboutTheFirstTaskTheForkOpens()
    {
        var start = Stepper.Start(Definition, Issue(), Monday);

        var next = Stepper.Complete(Definition, start.State, new TaskCompletion("first", "next", "officer"), Issue(), Monday.AddHours(1));

        var notice = Assert.Single(next.Notifications);
        Assert.Equal(["second", "third"], next.OpenedTasks.Select(t => t.ActivityId));
        Assert.Equal("second", next.OpenedTasks[notice.OpenedTask!.Value].ActivityId);
    }

    [Fact]
    public void ANotificationAfterTheLastTask_IsAboutTheCompletedTask()
    {
        var start = Stepper.Start(Definition, Issue(), Monday);

        var stop = Stepper.Complete(Definition, start.State, new TaskCompletion("first", "stop", "officer"), Issue(), Monday.AddHours(1));

        var notice = Assert.Single(stop.Notifications);
        Assert.Null(notice.OpenedTask);
        Assert.True(notice.AboutCompletedTask);
    }

    [Fact]
    public void ANotificationOfAStartThatOpensNothing_IsAboutNoTask()
    {
        var definition = Load(TestSupport.Fixture.Definition(
            [Activity("start", "Start"), Activity("tell", "Notify", new { recipients = new { rule = "citySupervisors" }, template = "city-alert" }), Activity("end", "End")],
            "start.done->tell", "tell.done->end"));

        var notice = Assert.Single(Stepper.Start(definition, Issue(), Monday).Notifications);

        Assert.Null(notice.OpenedTask);
        Assert.False(notice.AboutCompletedTask);
    }
}
