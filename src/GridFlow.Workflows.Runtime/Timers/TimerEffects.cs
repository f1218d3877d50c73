namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>
/// Collects the effects of the timers of one sweep (what each fired rung does: a reminder, an overdue notice, an
/// escalation), then writes them through the tables' writers as one batch of set-based statements, so a sweep of
/// hundreds of timers is one round trip. Collecting is pure: what a sweep would write can be read off the properties.
/// </summary>
public sealed class TimerEffects(DateTimeOffset now, string node)
{
    private readonly List<Guid> fired = [];
    private readonly List<Guid> cancelled = [];
    private readonly List<(Guid Id, TimerLadder Rung)> firedRungs = [];
    private readonly List<TimerLadder> ladders = [];
    private readonly List<OutboxRow> outbox = [];
    private readonly HashSet<Guid> overdueIssues = [];
    private readonly List<EscalationRows.Raised> escalations = [];
    private readonly List<JournalRow> journal = [];

    public int Fired => fired.Count + firedRungs.Count;

    public int Cancelled => cancelled.Count;

    /// <summary>Claimed timers marked fired.</summary>
    public IReadOnlyList<Guid> FiredTimers => fired;

    /// <summary>Claimed timers deleted, their task no longer open.</summary>
    public IReadOnlyList<Guid> CancelledTimers => cancelled;

    /// <summary>Rungs fired straight from a ladder's rest, each written as a fired row of its own.</summary>
    public IReadOnlyList<(Guid Id, TimerLadder Rung)> FiredRungs => firedRungs;

    /// <summary>What is left of each ladder: the next pending row of its task.</summary>
    public IReadOnlyList<TimerLadder> NextLadders => ladders;

    public IReadOnlyList<OutboxRow> Outbox => outbox;

    public IReadOnlyCollection<Guid> OverdueIssues => overdueIssues;

    public IReadOnlyList<EscalationRows.Raised> Escalations => escalations;

    public IReadOnlyList<JournalRow> Journal => journal;

    /// <summary>
    /// Adds what <paramref name="timer"/> does to its open task, then moves the task's ladder on. Later rungs that are
    /// already due fire in this sweep too, each as a fired row of its own, so a node that was down catches up at once.
    /// The first rung not yet due becomes the task's pending row. So does a due timeout, which completes the task
    /// through the engine and so is left to the next sweep's timeout pass.
    /// </summary>
    public void Fire(DueTimer timer, TaskTarget task)
    {
        fired.Add(timer.Id);
        Apply(timer.Id, timer, timer.Rung, task);
        var rest = timer.Rest;
        var next = 0;
        for (; next < rest.Count && rest[next].DueAt <= now && rest[next].Kind != TimerKind.Timeout; next++)
        {
            var id = Guid.CreateVersion7();
            firedRungs.Add((id, new TimerLadder(timer.TaskId, timer.InstanceId, timer.IssueId, [rest[next]])));
            Apply(id, timer, rest[next], task);
        }

        if (next < rest.Count)
        {
            ladders.Add(new TimerLadder(timer.TaskId, timer.InstanceId, timer.IssueId, rest.Skip(next).ToList()));
        }
    }

    /// <summary>Marks a timer fired whose effect was written elsewhere (a timeout completed its task).</summary>
    public void MarkFired(Guid timerId) => fired.Add(timerId);

    /// <summary>The timer's task is no longer open: it will never fire.</summary>
    public void Cancel(Guid timerId) => cancelled.Add(timerId);

    public void AddTo(NpgsqlBatch batch)
    {
        TimerRows.MarkFired(batch, fired, now, node);
        // The rungs fired from a ladder's rest get rows of their own, with the ids their escalations refer to.
        TimerRows.InsertFired(batch, firedRungs, now, node);
        TimerRows.Insert(batch, ladders, now);
        TimerRows.DeletePending(batch, cancelled);
        OutboxRows.Add(batch, outbox, now);
        IssueRows.MarkOverdue(batch, overdueIssues, now);
        EscalationRows.Insert(batch, escalations, now);
        IssueRows.RaiseEscalationLevels(batch, escalations.Select(e => (e.IssueId, e.Level)).ToList(), now);
        JournalRows.Add(batch, journal);
    }

    private void Apply(Guid timerId, DueTimer timer, TimerRung rung, TaskTarget task)
    {
        switch (rung.Kind)
        {
            case TimerKind.Reminder:
                Notify(timer, task, KnownTemplates.TaskReminder, OutboxRecipients.TaskAssignee);
                break;
            case TimerKind.Due:
                overdueIssues.Add(timer.IssueId);
                Notify(timer, task, KnownTemplates.TaskOverdue, OutboxRecipients.TaskAssignee);
                Log(timer, task, "overdue", "已逾期 overdue");
                break;
            case TimerKind.Escalation:
                var region = task.RegionFor(rung.Scope);
                escalations.Add(new EscalationRows.Raised(timerId, timer.IssueId, timer.TaskId, rung.Level ?? 0, rung.Card ?? "", rung.Role ?? "", region));
                // The notice carries the timer's id, which is the escalation's timer_id: delivery names the card from it.
                Notify(timer, task, KnownTemplates.IssueEscalated, OutboxRecipients.RoleIn(rung.Role ?? "", region), timerId);
                Log(timer, task, "escalated", EscalationCardNames.Describe(rung.Card, rung.Level ?? 0));
                break;
        }
    }

    private void Notify(DueTimer timer, TaskTarget task, string template, OutboxRecipients recipients, Guid? id = null) =>
        outbox.Add(new OutboxRow(timer.IssueId, timer.InstanceId, timer.TaskId, task.ActivityId, template, recipients, id));

    private void Log(DueTimer timer, TaskTarget task, string @event, string comment) =>
        journal.Add(new JournalRow(timer.InstanceId, timer.IssueId, now, SystemActor.UserName, task.ActivityId, ActivityTypeNames.UserTask, @event, Comment: comment));
}
