using GridFlow.Accounts.Directory;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Core.Calendar;
using GridFlow.Workflows.Runtime.Scoping;
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
public sealed class EscalationActions(
    GridFlowDbContext db, UserDirectory users, RegionDirectory regions, GridSpatialIndex grids, TaskChanges changes, EscalationQueries queries, TimeProvider clock)
{
    /// <summary>The roles that work tasks; admins and designers keep the system, they do not hold its tasks.</summary>
    private static readonly HashSet<string> TaskRoles = [Roles.Inspector, Roles.TownshipOfficer, Roles.CountySupervisor, Roles.CitySupervisor];

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

                if (!await MayHoldAsync(userId, task, cancellationToken))
                {
                    return RuntimeFailure.Invalid(
                        "assignee", "assignee must be someone who may see and act on the issue: an inspector of its grid, or an officer or supervisor over its region.");
                }

                data["assignee"] = request.Assignee;
                TaskChanges.Reassign(batch, task, userId, now);
                break;
            case EscalationActionNames.Extend:
                if (request.NewDueAt is not { } newDueAt || newDueAt <= now || newDueAt > now + DurationSpec.MaxFixed)
                {
                    return RuntimeFailure.Invalid("newDueAt", $"newDueAt must be a time in the future, at most {DurationSpec.MaxFixed.TotalDays:0} days from now.");
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

    /// <summary>
    /// Whether the user holds a role that works tasks (not an admin or a designer) and sees the issue as a caller with
    /// their account would: a task must never go to someone for whom its issue is a 404.
    /// </summary>
    private async Task<bool> MayHoldAsync(string userId, LockedTask task, CancellationToken cancellationToken)
    {
        if (await users.ScopeAsync(userId, cancellationToken) is not { } scope || !scope.Roles.Overlaps(TaskRoles))
        {
            return false;
        }

        var path = scope.RegionId is { } regionId ? (await regions.FindAsync(regionId, cancellationToken))?.Path : null;
        var holder = new Caller(scope.UserId, scope.UserName, scope.Roles, scope.RegionId, path, scope.InspectorId);
        var issue = task.Issue;
        return IssueVisibility.CanSee(holder, issue.RegionPath, issue.GridId, issue.ReportedBy, await grids.GetSnapshotAsync(cancellationToken));
    }
}
