using System.Text.Json.Nodes;
using GridFlow.Testing;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Models;
using static GridFlow.Workflows.Core.Tests.TestSupport.Engine;

namespace GridFlow.Workflows.Core.Tests.Execution;

/// <summary>Walks the lifecycles in <c>workflows/</c> through the stepper, as the runtime will.</summary>
public sealed class IssueLifecycleTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly WorkflowDefinition Lifecycle = LoadFile("issue-lifecycle.json");
    private static readonly WorkflowDefinition Strict = LoadFile("issue-lifecycle-strict.json");

    private static WorkflowDefinition LoadFile(string name) =>
        WorkflowDefinition.Load(File.ReadAllText(Path.Combine(RepoPaths.Workflows, name)));

    private static JsonObject Evidence() => new() { ["description"] = "已覆盖防尘网", ["photos"] = new JsonArray("att-1", "att-2") };

    private static JsonObject Photos() => new() { ["photos"] = new JsonArray("att-9") };

    private static StepResult Do(StepResult previous, string task, string outcome, JsonObject? data = null, DateTimeOffset? at = null, WorkflowDefinition? definition = null) =>
        Stepper.Complete(definition ?? Lifecycle, previous.State, new TaskCompletion(task, outcome, "someone", data), Issue(), at ?? Monday);

    [Fact]
    public void Lifecycle_DispatchRectifyFailRectifyPassClose()
    {
        var reported = Stepper.Start(Lifecycle, Issue(), Monday);
        Assert.Equal("reported", reported.State.IssueStatus);
        Assert.Equal(["accept"], reported.State.OpenTasks);
        Assert.Equal(Monday.AddDays(1), reported.OpenedTasks[0].DueAt);

        var dispatched = Do(reported, "accept", "dispatch");
        Assert.Equal(["dispatched", "rectifying"], dispatched.StatusChanges.Select(s => s.To));
        Assert.Equal(["rectify"], dispatched.State.OpenTasks);
        Assert.Equal(Monday.AddDays(3), dispatched.OpenedTasks[0].DueAt);
        Assert.Equal(1, (int)dispatched.State.Variables["rectifyRound"]!);

        var verifying = Do(dispatched, "rectify", "submitted", Evidence());
        Assert.Equal("verifying", verifying.State.IssueStatus);
        Assert.Equal(["verify"], verifying.State.OpenTasks);

        var thursday = Monday.AddDays(3);
        var failed = Do(verifying, "verify", "fail", Photos(), thursday);
        Assert.Equal(["rectify"], failed.State.OpenTasks);
        Assert.Equal("rectifying", failed.State.IssueStatus);
        Assert.Equal(thursday.AddDays(5), failed.OpenedTasks[0].DueAt); // a new deadline: Thu 5 + 3 working days = Tue 10
        Assert.Equal((1, 2), ((int)failed.State.Variables["failedVerifications"]!, (int)failed.State.Variables["rectifyRound"]!));
        Assert.Contains(failed.Notifications, n => n.Template == "verification-failed");
        Assert.DoesNotContain(failed.Notifications, n => n.Template == "issue-escalated");

        var again = Do(failed, "rectify", "submitted", Evidence());
        var closed = Do(again, "verify", "pass", Photos());
        Assert.Equal("closed", closed.State.IssueStatus);
        Assert.Equal(["reopen-window"], closed.State.OpenTasks);
        Assert.False(closed.Completed);
        var window = Assert.Single(closed.OpenedTasks);
        Assert.Equal((TimerKind.Timeout, Monday.AddDays(30), "expire"), (window.Timers[0].Kind, window.Timers[0].DueAt, window.Timers[0].Outcome!));

        var expired = Stepper.Expire(Lifecycle, closed.State, "reopen-window", Issue(), Monday.AddDays(30));
        Assert.True(expired.Completed);
        Assert.Equal("closed", expired.State.IssueStatus);
    }

    [Fact]
    public void Lifecycle_SecondFailedVerificationEscalates()
    {
        var result = Do(Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "dispatch"), "rectify", "submitted", Evidence());
        result = Do(Do(Do(result, "verify", "fail", Photos()), "rectify", "submitted", Evidence()), "verify", "fail", Photos());

        Assert.Contains(result.Notifications, n => n.Template == "issue-escalated" && n.Recipients.Rule == "countySupervisors");
        Assert.Equal(["rectify"], result.State.OpenTasks);
    }

    [Fact]
    public void Lifecycle_Reject()
    {
        var result = Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "reject");

        Assert.Equal("rejected", result.State.IssueStatus);
        Assert.Equal("issue-rejected", Assert.Single(result.Notifications).Template);
        Assert.True(result.Completed);
    }

    [Fact]
    public void Lifecycle_Transfer()
    {
        var result = Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "transfer");

        Assert.Equal("transferred", result.State.IssueStatus);
        Assert.True(result.Completed);
    }

    [Fact]
    public void Lifecycle_ReopenGoesBackToTheTownship()
    {
        var result = Do(Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "dispatch"), "rectify", "submitted", Evidence());
        result = Do(Do(result, "verify", "pass", Photos()), "reopen-window", "reopen", new JsonObject { ["reason"] = "又有扬尘" });

        Assert.Equal(["reopened"], result.StatusChanges.Select(s => s.To));
        Assert.Equal(["accept"], result.State.OpenTasks);
        Assert.Equal(1, (int)result.State.Variables["reopenCount"]!);
        Assert.Equal("issue-reopened", Assert.Single(result.Notifications).Template);

        var dispatchedAgain = Do(result, "accept", "dispatch");
        Assert.Equal(2, (int)dispatchedAgain.State.Variables["rectifyRound"]!);
    }

    [Fact]
    public void Lifecycle_RectifyNeedsEvidence()
    {
        var dispatched = Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "dispatch");

        var ex = Assert.Throws<FormValidationException>(() => Do(dispatched, "rectify", "submitted", new JsonObject { ["description"] = "done" }));

        Assert.Equal(["photos"], ex.Errors.Keys);
    }

    [Fact]
    public void Lifecycle_RectifyEscalationLadder()
    {
        var rectify = Do(Stepper.Start(Lifecycle, Issue(), Monday), "accept", "dispatch").OpenedTasks.Single();
        var due = Monday.AddDays(3); // Thu 5 March 09:00

        Assert.Collection(
            rectify.Timers,
            t => Assert.Equal((TimerKind.Reminder, Monday.AddHours(54)), (t.Kind, t.DueAt)),
            t => Assert.Equal((TimerKind.Due, due), (t.Kind, t.DueAt)),
            t => Assert.Equal((due, 1, "yellow", "county-supervisor"), (t.DueAt, t.Level!.Value, t.Card!, t.Role!)),
            t => Assert.Equal((Monday.AddDays(7), 2, "red", "city-supervisor"), (t.DueAt, t.Level!.Value, t.Card!, t.Role!)), // + 2 working days: Mon 9
            t => Assert.Equal((Monday.AddDays(10), 3, "interview"), (t.DueAt, t.Level!.Value, t.Card!))); // + 5 working days: Thu 12
    }

    [Fact]
    public void Lifecycle_RectifyDeadlineSpansTheSpringFestival()
    {
        var friday = new DateTimeOffset(2026, 2, 13, 10, 0, 0, China);

        var dispatched = Do(Stepper.Start(Lifecycle, Issue(), friday), "accept", "dispatch", at: friday);

        Assert.Equal(new DateTimeOffset(2026, 2, 25, 10, 0, 0, China), dispatched.OpenedTasks.Single().DueAt);
    }

    [Fact]
    public void Strict_AlertsTheCityAtOnceAndCountsHours()
    {
        var reported = Stepper.Start(Strict, Issue("open-burning", 3), Monday);

        Assert.Equal("city-alert", reported.Notifications[0].Template);
        Assert.Equal("citySupervisors", reported.Notifications[0].Recipients.Rule);
        var accept = reported.OpenedTasks.Single();
        Assert.Equal(("countySupervisors", Monday.AddHours(2)), (accept.Assignee.Rule, accept.DueAt));
        Assert.Equal(Monday.AddMinutes(90), accept.Timers[0].DueAt);

        var dispatched = Do(reported, "accept", "dispatch", definition: Strict);
        Assert.Equal(Monday.AddDays(1), dispatched.OpenedTasks.Single().DueAt);
    }
}
