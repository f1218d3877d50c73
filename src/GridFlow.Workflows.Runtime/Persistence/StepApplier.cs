using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Runtime.Engine;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>Adds everything one step of a running instance writes to a batch: tasks closed and opened, timers, journal, outbox, state, status.</summary>
public sealed class StepApplier(TaskOpener opener)
{
    public async Task<IReadOnlyList<OpenedTask>> AddAsync(
        NpgsqlBatch batch, Guid instanceId, IssueContext issue, StepResult step, TaskDone? done, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StepCommands.CloseTasks(batch, instanceId, step.ClosedTasks, done, now);
        var opened = await opener.ResolveAsync(step.OpenedTasks, issue, cancellationToken);
        StepCommands.InsertTasks(batch, instanceId, issue.Id, opened, now);
        // The automatic activities a person's action set off are journaled under their name.
        StepCommands.InsertJournal(batch, instanceId, issue.Id, step.Journal.Select(e => e.Actor is null ? e with { Actor = actor } : e).ToList());
        StepCommands.InsertOutbox(batch, instanceId, issue.Id, step.Notifications, now);
        StepCommands.UpdateInstance(batch, instanceId, step.State, now);
        if (step.State.IssueStatus is { } status && status != issue.Status)
        {
            StepCommands.UpdateIssueStatus(batch, issue.Id, status, now);
        }

        return opened;
    }
}
