namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The one writer of <c>workflow_instances</c>: created with its issue, then updated in place by each step.</summary>
public static class InstanceRows
{
    public static string StatusName(InstanceStatus status) => status == InstanceStatus.Completed ? InstanceStatuses.Completed : InstanceStatuses.Running;

    public static void Insert(NpgsqlBatch batch, Guid instanceId, Guid issueId, string definitionId, int version, WorkflowInstanceState state, DateTimeOffset now) =>
        Sql.Add(batch, """
            INSERT INTO workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb, 0, $7, $7)
            """, instanceId, issueId, definitionId, version, StatusName(state.Status), EngineJson.Serialize(state), now);

    public static void UpdateState(NpgsqlBatch batch, Guid instanceId, WorkflowInstanceState state, DateTimeOffset now) =>
        Sql.Add(batch, """
            UPDATE workflow_instances SET state = $2::jsonb, status = $3, revision = revision + 1, updated_at = $4 WHERE id = $1
            """, instanceId, EngineJson.Serialize(state), StatusName(state.Status), now);

    /// <summary>Moves instances to another version of their definition (an explicit migration).</summary>
    public static void MoveToVersion(NpgsqlBatch batch, Guid[] instanceIds, int version, DateTimeOffset now) =>
        Sql.Add(batch, "UPDATE workflow_instances SET version = $2, revision = revision + 1, updated_at = $3 WHERE id = ANY($1)", instanceIds, version, now);
}
