using GridFlow.Data.Auditing;

namespace GridFlow.Workflows.Runtime.Instances;

/// <summary>
/// Moves running instances from one version of a definition to another — an explicit, audited operation.
/// An instance moves only if every activity it is waiting in (open tasks, half-arrived joins) exists in the
/// target with the same type; the others stay and are reported with the reason.
/// </summary>
public sealed class InstanceMigrator(NpgsqlDataSource database, IWorkflowDefinitionStore definitions, TimeProvider clock)
{
    /// <summary>The activity type of the journal line a migration writes on each instance it moved.</summary>
    public const string MigrationActivityType = "GridFlow.Migration";

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
        await using (var select = Sql.Command(connection, transaction, $"""
            SELECT id, issue_id, state::text AS state FROM workflow_instances
            WHERE definition_id = $1 AND version = $2 AND status = '{InstanceStatuses.Running}' ORDER BY id FOR UPDATE
            """, definitionId, request.FromVersion!.Value))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var (id, issue, state) = (reader.GetOrdinal("id"), reader.GetOrdinal("issue_id"), reader.GetOrdinal("state"));
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add((reader.GetGuid(id), reader.GetGuid(issue), reader.GetString(state)));
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
        InstanceRows.MoveToVersion(batch, ids, target.Version, now);
        // Open tasks take the target's name, outcomes and form, so completing them follows the new version.
        foreach (var task in target.Root.Activities.OfType<UserTaskActivity>())
        {
            TaskRows.Retarget(batch, ids, task.Id, task.Name, EngineJson.Serialize(task.Outcomes), EngineJson.Serialize(task.Form));
        }

        var comment = $"version {request.FromVersion} → {target.Version}";
        JournalRows.Add(batch, migrated.Select(m => new JournalRow(m.Id, m.IssueId, now, caller.UserName, "-", MigrationActivityType, "migrated", Comment: comment)).ToList());
        AuditTrail.Add(batch, caller.UserId, caller.UserName, now, "migrated", "WorkflowInstances", definitionId,
            new { version = request.FromVersion }, new { version = target.Version, migrated = ids.Length, failed = failed.Count });
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
