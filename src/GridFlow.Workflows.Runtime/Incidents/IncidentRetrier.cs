namespace GridFlow.Workflows.Runtime.Incidents;

/// <summary>
/// Retries the transition an incident recorded — after a transient failure, or after the instance was migrated to a
/// fixed definition version. Only completions are retried here; a failed start is retried by the same path once the
/// instance has its first task (reported issues keep their incident until then).
/// </summary>
public sealed class IncidentRetrier(GridFlowDbContext db, TaskCompleter completer)
{
    public async Task<RuntimeResult<CompleteTaskResponse>> RetryAsync(Caller caller, Guid instanceId, Guid incidentId, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin && !caller.IsInRole(Roles.Designer))
        {
            return RuntimeFailure.Forbidden("Only designers and admins retry incidents.");
        }

        var incident = await db.WorkflowIncidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == incidentId && i.InstanceId == instanceId, cancellationToken);
        if (incident is null)
        {
            return RuntimeFailure.NotFound("Incident");
        }

        if (incident.ResolvedAt is not null)
        {
            return RuntimeFailure.Conflict("The incident is already resolved.");
        }

        var stimulus = JsonSerializer.Deserialize<IncidentStimulus>(incident.Stimulus, EngineJson.Options)!;
        if (stimulus.Kind != IncidentStimulus.CompleteKind || stimulus.TaskId is not { } taskId)
        {
            return RuntimeFailure.Conflict("Only failed task completions can be retried.");
        }

        return await completer.CompleteAsync(
            caller, taskId, new CompleteTaskRequest(stimulus.Outcome, stimulus.Comment, stimulus.Data), cancellationToken, new IncidentRetry(incidentId, stimulus.Actor));
    }
}
