using System.Text.Json;
using GridFlow.Accounts.Scoping;
using GridFlow.Scheduling.Contracts;
using GridFlow.Scheduling.Timers;
using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Runtime.Directory;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Scheduling.Escalations;

/// <summary>
/// A supervisor's action on an escalation — urge, reassign, extend, close — with its action row, its journal
/// line and its effect on the task, all in one transaction under the instance's lock (taken first, as every
/// transition does), so an action and a completion or a timer firing on the same task never interleave.
/// </summary>
public sealed class EscalationActions(NpgsqlDataSource database, UserDirectory users, TimerPlanner planner, TimeProvider clock)
{
    public async Task<RuntimeResult<EscalationView>> ActAsync(Caller caller, Guid id, EscalationActionRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, id, cancellationToken) is not var (taskId, regionPath))
        {
            return RuntimeFailure.NotFound("Escalation");
        }

        if (!EscalationAccess.CanAct(caller, regionPath))
        {
            return EscalationAccess.CanSee(caller, regionPath)
                ? RuntimeFailure.Forbidden("Only the city and county supervisors over the issue's region act on its escalations.")
                : RuntimeFailure.NotFound("Escalation");
        }

        var task = await TaskLocker.LockAsync(connection, transaction, taskId, cancellationToken) ?? throw new InvalidOperationException($"Task {taskId} of escalation {id} is missing.");
        if (await LockStatusAsync(connection, transaction, id, cancellationToken) != "open")
        {
            return RuntimeFailure.Conflict("The escalation is already resolved.");
        }

        var action = request.Action!;
        if (action != EscalationActionNames.Close && task.Status != "open")
        {
            return RuntimeFailure.Conflict($"The task is already {task.Status}; only close is possible.");
        }

        var now = clock.GetUtcNow();
        var batch = new NpgsqlBatch(connection, transaction);
        var data = new Dictionary<string, object?> { ["escalationId"] = id.ToString() };
        switch (action)
        {
            case EscalationActionNames.Urge:
                AddOutbox(batch, task, KnownTemplates.TaskReminder, now);
                break;
            case EscalationActionNames.Reassign:
                if (string.IsNullOrWhiteSpace(request.Assignee) || await users.FindIdAsync(request.Assignee, cancellationToken) is not { } userId)
                {
                    return RuntimeFailure.Invalid("assignee", "assignee must be the user name of an existing user.");
                }

                data["assignee"] = request.Assignee;
                // Reminders resolve the assignee when they fire, so the pending ones follow the task to its new owner.
                StepCommands.Add(batch, """
                    UPDATE workflow_tasks SET assignee_rule = 'user', assignee_user_id = $2, assignee_inspector_id = NULL,
                        assignee_role = NULL, assignee_region_id = NULL WHERE id = $1
                    """, task.TaskId, userId);
                AddOutbox(batch, task, KnownTemplates.TaskAssigned, now);
                break;
            case EscalationActionNames.Extend:
                if (request.NewDueAt is not { } newDueAt || newDueAt <= now)
                {
                    return RuntimeFailure.Invalid("newDueAt", "newDueAt must be a time in the future.");
                }

                data["newDueAt"] = newDueAt;
                TimerPlanner.Replace(batch, task, await planner.PlanAsync(task, newDueAt, now, cancellationToken), now);
                StepCommands.Add(batch, "UPDATE workflow_tasks SET due_at = $2 WHERE id = $1", task.TaskId, newDueAt.ToUniversalTime());
                StepCommands.Add(batch, "UPDATE issues SET overdue = false, updated_at = $2 WHERE id = $1", task.Issue.Id, now);
                break;
        }

        Resolve(batch, id, task, action, caller.UserName, now);
        var json = JsonSerializer.Serialize(data);
        StepCommands.Add(batch, """
            INSERT INTO escalation_actions (escalation_id, action, comment, actor, at, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
            """, id, action, request.Comment, caller.UserName, now, json);
        StepCommands.Add(batch, """
            INSERT INTO workflow_journal (instance_id, issue_id, at, actor, activity_id, activity_type, event, comment, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
            """, task.InstanceId, task.Issue.Id, now, caller.UserName, task.ActivityId, ActivityTypeNames.UserTask, $"escalation-{action}", request.Comment, json);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        var view = await EscalationQueries.GetAsync(connection, transaction, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return view!;
    }

    /// <summary>
    /// Urging leaves the escalation open. Reassigning or extending deals with the task itself, so every open
    /// escalation of the task is resolved; closing resolves only this one.
    /// </summary>
    private static void Resolve(NpgsqlBatch batch, Guid id, LockedTask task, string action, string actor, DateTimeOffset now)
    {
        if (action == EscalationActionNames.Urge)
        {
            return;
        }

        StepCommands.Add(batch, """
            UPDATE escalations SET status = 'resolved', resolved_at = $3, resolved_by = $4, resolution = $5
            WHERE status = 'open' AND (id = $1 OR ($6 AND task_id = $2))
            """, id, task.TaskId, now, actor, action, action != EscalationActionNames.Close);
    }

    private static void AddOutbox(NpgsqlBatch batch, LockedTask task, string template, DateTimeOffset now) =>
        StepCommands.Add(batch, """
            INSERT INTO outbox (id, issue_id, instance_id, task_id, activity_id, template, recipients, status, attempts, created_at, next_attempt_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'pending', 0, $8, $8)
            """, Guid.CreateVersion7(), task.Issue.Id, task.InstanceId, task.TaskId, task.ActivityId, template, Recipients.TaskAssignee, now);

    private static async Task<(Guid TaskId, string RegionPath)?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT e.task_id, s.region_path FROM escalations e JOIN issues s ON s.id = e.issue_id WHERE e.id = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : null;
    }

    private static async Task<string?> LockStatusAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT status FROM escalations WHERE id = $1 FOR UPDATE", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
