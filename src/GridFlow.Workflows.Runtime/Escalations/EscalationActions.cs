using GridFlow.Accounts.Directory;
using Microsoft.EntityFrameworkCore.Storage;

namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>
/// A supervisor's action on an escalation — urge, reassign, extend, close — with its action row, its journal line and
/// its effect on the task, all in one transaction under the instance's lock (taken first, as every transition does),
/// so an action and a completion or a timer firing on the same task never interleave. Off the hot path, so it reads
/// and writes its own rows with EF Core; what it does to the task, the outbox and the journal goes through those
/// tables' writers (<see cref="TaskChanges"/>, <see cref="JournalRows"/>, <see cref="EscalationRows"/>), in the
/// same transaction.
/// </summary>
public sealed class EscalationActions(GridFlowDbContext db, UserDirectory users, TaskChanges changes, EscalationQueries queries, TimeProvider clock)
{
    public async Task<RuntimeResult<EscalationView>> ActAsync(Caller caller, Guid id, EscalationActionRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Escalations.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.TaskId, RegionPath = db.Issues.Where(i => i.Id == e.IssueId).Select(i => i.RegionPath).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return RuntimeFailure.NotFound("Escalation");
        }

        if (!EscalationAccess.CanAct(caller, found.RegionPath))
        {
            return EscalationAccess.CanSee(caller, found.RegionPath)
                ? RuntimeFailure.Forbidden("Only the city and county supervisors over the issue's region act on its escalations.")
                : RuntimeFailure.NotFound("Escalation");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsql = (NpgsqlTransaction)transaction.GetDbTransaction();
        var task = await TaskLocker.LockAsync(connection, npgsql, found.TaskId, cancellationToken)
            ?? throw new InvalidOperationException($"Task {found.TaskId} of escalation {id} is missing.");
        // Locked after the instance, as every writer of escalations does.
        var status = (await db.Escalations.FromSql($"SELECT * FROM escalations WHERE id = {id} FOR UPDATE").AsNoTracking().ToListAsync(cancellationToken)).Single().Status;
        if (status != EscalationStatuses.Open)
        {
            return RuntimeFailure.Conflict("The escalation is already resolved.");
        }

        var action = request.Action!;
        if (action != EscalationActionNames.Close && task.Status != TaskStatuses.Open)
        {
            return RuntimeFailure.Conflict($"The task is already {task.Status}; only close is possible.");
        }

        var now = clock.GetUtcNow();
        var batch = new NpgsqlBatch(connection, npgsql);
        var data = new Dictionary<string, object?> { ["escalationId"] = id.ToString() };
        switch (action)
        {
            case EscalationActionNames.Urge:
                TaskChanges.Remind(batch, task, now);
                break;
            case EscalationActionNames.Reassign:
                if (string.IsNullOrWhiteSpace(request.Assignee) || await users.FindIdAsync(request.Assignee, cancellationToken) is not { } userId)
                {
                    return RuntimeFailure.Invalid("assignee", "assignee must be the user name of an existing user.");
                }

                data["assignee"] = request.Assignee;
                TaskChanges.Reassign(batch, task, userId, now);
                break;
            case EscalationActionNames.Extend:
                if (request.NewDueAt is not { } newDueAt || newDueAt <= now)
                {
                    return RuntimeFailure.Invalid("newDueAt", "newDueAt must be a time in the future.");
                }

                data["newDueAt"] = newDueAt;
                await changes.ExtendAsync(batch, task, newDueAt, now, cancellationToken);
                break;
        }

        // Urging leaves the escalation open. Reassigning or extending deals with the task itself, so every open
        // escalation of the task is resolved; closing resolves only this one.
        if (action != EscalationActionNames.Urge)
        {
            EscalationRows.Resolve(batch, id, task.TaskId, allOfItsTask: action != EscalationActionNames.Close, action, caller.UserName, now);
        }

        var json = JsonSerializer.Serialize(data);
        JournalRows.Add(batch, [new JournalRow(
            task.InstanceId, task.Issue.Id, now, caller.UserName, task.ActivityId, ActivityTypeNames.UserTask, $"escalation-{action}",
            Comment: request.Comment, Data: System.Text.Json.Nodes.JsonNode.Parse(json))]);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        db.EscalationActions.Add(new EscalationAction { EscalationId = id, Action = action, Comment = request.Comment, Actor = caller.UserName, At = now, Data = json });
        await db.SaveChangesAsync(cancellationToken);
        var view = await queries.GetAsync(id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return view!;
    }
}
