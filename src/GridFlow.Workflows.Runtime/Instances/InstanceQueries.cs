namespace GridFlow.Workflows.Runtime.Instances;

/// <summary>One workflow instance, for callers who may see its issue.</summary>
public sealed class InstanceQueries(GridFlowDbContext db, IssueQueries issues)
{
    public async Task<InstanceView?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instance is null || !await (await issues.VisibleAsync(caller, cancellationToken)).AnyAsync(i => i.Id == instance.IssueId, cancellationToken))
        {
            return null;
        }

        var state = EngineJson.ReadState(instance.State);
        return new InstanceView(
            instance.Id.ToString(), instance.IssueId.ToString(), instance.DefinitionId, instance.Version, instance.Status,
            state.OpenTasks, state.Variables,
            await IssueQueries.JournalAsync(db, e => e.IssueId == instance.IssueId, cancellationToken),
            await IssueQueries.IncidentsAsync(db, i => i.InstanceId == id, cancellationToken));
    }
}
