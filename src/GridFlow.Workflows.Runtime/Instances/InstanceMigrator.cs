using GridFlow.Accounts.Scoping;
using GridFlow.Data.Entities;
using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Models;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Instances;

/// <summary>
/// Moves running instances from one version of a definition to another — an explicit, audited operation.
/// An instance moves only if every activity it is waiting in (open tasks, half-arrived joins) exists in the
/// target with the same type; the others stay and are reported with the reason.
/// </summary>
public sealed class InstanceMigrator(NpgsqlDataSource database, IWorkflowDefinitionStore definitions, TimeProvider clock)
{
    public async Task<RuntimeResult<MigrationReport>> MigrateAsync(Caller caller, MigrateInstancesRequest request, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin && !caller.IsInRole(Roles.Designer))
        {
            return RuntimeFailure.Forbidden("Only designers and admins migrate instances.");
        }

        var definitionId = request.DefinitionId!;
        if (await definitions.GetVersionAsync(definitionId, request.FromVersion!.Value, cancellationToken) is null)
        {
            return RuntimeFailure.Invalid("fromVersion", $"{definitionId} has no version {request.FromVersion}.");
        }

        var target = await definitions.GetVersionAsync(definitionId, request.ToVersion!.Value, cancellationToken);
        if (target is null)
        {
            return RuntimeFailure.Invalid("toVersion", $"{definitionId} has no version {request.ToVersion}.");
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var candidates = new List<(Guid Id, Guid IssueId, string State)>();
        await using (var select = new NpgsqlCommand("""
            SELECT id, issue_id, state::text FROM workflow_instances
            WHERE definition_id = $1 AND version = $2 AND status = 'running' ORDER BY id FOR UPDATE
            """, connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = definitionId });
            select.Parameters.Add(new NpgsqlParameter { Value = request.FromVersion!.Value });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)));
            }
        }

        var migrated = new List<(Guid Id, Guid IssueId)>();
        var failed = new List<MigrationFailure>();
        foreach (var (id, issueId, json) in candidates)
        {
            if (Obstacle(EngineJson.ReadState(json), target) is { } reason)
            {
                failed.Add(new MigrationFailure(id.ToString(), reason));
            }
            else
            {
                migrated.Add((id, issueId));
            }
        }

        var now = clock.GetUtcNow();
        var batch = new NpgsqlBatch(connection, transaction);
        var ids = migrated.Select(m => m.Id).ToArray();
        StepCommands.Add(batch, "UPDATE workflow_instances SET version = $2, revision = revision + 1, updated_at = $3 WHERE id = ANY($1)", ids, target.Version, now);
        // Open tasks take the target's name, outcomes and form, so completing them follows the new version.
        foreach (var task in target.Root.Activities.OfType<UserTaskActivity>())
        {
            StepCommands.Add(batch, """
                UPDATE workflow_tasks SET name = $3, outcomes = $4::jsonb, form = $5::jsonb
                WHERE instance_id = ANY($1) AND activity_id = $2 AND status = 'open'
                """, ids, task.Id, task.Name, EngineJson.Serialize(task.Outcomes), EngineJson.Serialize(task.Form));
        }

        StepCommands.Add(batch, """
            INSERT INTO workflow_journal (instance_id, issue_id, at, actor, activity_id, activity_type, event, comment)
            SELECT u.id, u.issue_id, $3, $4, '-', 'GridFlow.Migration', 'migrated', $5
            FROM unnest($1::uuid[], $2::uuid[]) AS u(id, issue_id)
            """, ids, migrated.Select(m => m.IssueId).ToArray(), now, caller.UserName, $"version {request.FromVersion} → {target.Version}");
        StepCommands.Add(batch, """
            INSERT INTO audit_log (at, actor_id, actor_name, action, entity_type, entity_id, before, after)
            VALUES ($1, $2, $3, 'migrated', 'WorkflowInstances', $4, $5::jsonb, $6::jsonb)
            """, now, caller.UserId, caller.UserName, definitionId,
            EngineJson.Serialize(new { version = request.FromVersion }),
            EngineJson.Serialize(new { version = target.Version, migrated = ids.Length, failed = failed.Count }));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MigrationReport(ids.Length, ids.Select(i => i.ToString()).ToList(), failed);
    }

    private static string? Obstacle(Core.Execution.WorkflowInstanceState state, WorkflowDefinition target)
    {
        foreach (var activityId in state.OpenTasks)
        {
            if (target.Root.Find(activityId) is not UserTaskActivity)
            {
                return $"It waits in task '{activityId}', which version {target.Version} does not have.";
            }
        }

        foreach (var join in state.JoinArrivals.Where(j => j.Value.Count > 0).Select(j => j.Key))
        {
            if (target.Root.Find(join) is not JoinActivity)
            {
                return $"It waits in join '{join}', which version {target.Version} does not have.";
            }
        }

        return null;
    }
}
