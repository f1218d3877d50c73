namespace GridFlow.Workflows.Runtime.Incidents;

/// <summary>
/// Records a failed transition on its instance. The transition itself has been rolled back, so the instance
/// stays where it was; the incident is written in its own transaction and shows on the issue until a retry works.
/// </summary>
public sealed partial class IncidentRecorder(TimeProvider clock, ILogger<IncidentRecorder> logger)
{
    public Guid Add(NpgsqlBatch batch, Guid instanceId, Guid issueId, Exception failure, IncidentStimulus stimulus, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var activityId = (failure as ExpressionException)?.ActivityId;
        Sql.Add(batch, """
            INSERT INTO workflow_incidents (id, instance_id, issue_id, activity_id, stimulus, message, created_at)
            VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
            """, id, instanceId, issueId, Sql.Text(activityId), EngineJson.Serialize(stimulus), failure.Message, now);
        LogIncident(logger, instanceId, activityId, failure.Message);
        return id;
    }

    /// <summary>
    /// Writes the incident on <paramref name="connection"/>, the failed transition's own (rolled back, so free): taking
    /// a second connection while holding the first could wait forever on a pool that requests like this one hold.
    /// </summary>
    public async Task<Guid> RecordAsync(NpgsqlConnection connection, Guid instanceId, Guid issueId, Exception failure, IncidentStimulus stimulus, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection);
        var id = Add(batch, instanceId, issueId, failure, stimulus, clock.GetUtcNow());
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    /// <summary>Marks an incident resolved, in the batch of the transition that succeeded on retry.</summary>
    public static void Resolve(NpgsqlBatch batch, Guid incidentId, string resolvedBy, DateTimeOffset now) =>
        Sql.Add(batch, "UPDATE workflow_incidents SET resolved_at = $2, resolved_by = $3 WHERE id = $1 AND resolved_at IS NULL", incidentId, now, resolvedBy);

    [LoggerMessage(LogLevel.Warning, "Workflow instance {InstanceId} failed at activity {ActivityId}: {Reason}; the transition was rolled back and an incident recorded")]
    private static partial void LogIncident(ILogger logger, Guid instanceId, string? activityId, string reason);
}
