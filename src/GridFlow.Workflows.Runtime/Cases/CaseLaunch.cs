using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Core.Serialization;

namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>
/// The write path every case shares, whether an issue is reported or a cross-check is started: its live definition,
/// what the engine knows of it (grid, township, county, city, who started it, whom it is for), the run from Start to
/// the first user tasks, and its rows — issue, instance, tasks with their timers, journal, outbox — added to the
/// caller's batch. If the definition's first automatic activities fail, the case is still written, with an incident on
/// its instance to be retried: nothing started is lost.
/// </summary>
public sealed partial class CaseLaunch(
    RegionDirectory regions,
    IWorkflowDefinitionStore definitions,
    IWorkingCalendarProvider calendars,
    WorkflowEngine engine,
    StepApplier applier,
    IncidentRecorder incidents,
    ILogger<CaseLaunch> logger)
{
    /// <summary>The published version of <paramref name="definitionId"/>, or the conflict that no case can start on it (<paramref name="what"/> names the caller's subject in the message).</summary>
    public async Task<RuntimeResult<WorkflowDefinition>> LiveDefinitionAsync(string definitionId, string what, CancellationToken cancellationToken)
    {
        WorkflowDefinition? definition;
        try
        {
            definition = await definitions.GetLiveAsync(definitionId, cancellationToken);
        }
        catch (InvalidWorkflowDefinitionException ex)
        {
            // A version published before a rule it breaks existed (a deadline longer than any allowed now): no
            // instance can start on it, so the start is refused whole, with the reason, instead of failing half-way.
            LogUnrunnable(logger, definitionId, what, ex.Message);
            return RuntimeFailure.Conflict($"The published workflow {definitionId} of {what} cannot be run ({ex.Message}). A designer must publish a corrected version.");
        }

        return definition is null ? RuntimeFailure.Conflict($"The workflow {definitionId} of {what} has no published version.") : definition;
    }

    /// <summary>What the engine knows of a new case of <paramref name="kind"/> in <paramref name="grid"/>, started by <paramref name="caller"/>.</summary>
    public async Task<IssueContext> ContextAsync(
        GridIndexEntry grid, string kind, string category, string source, Caller caller, string? designatedUserId, CancellationToken cancellationToken)
    {
        var county = await regions.AncestorAsync(grid.RegionId, RegionLevel.County, cancellationToken);
        var city = await regions.AncestorAsync(grid.RegionId, RegionLevel.City, cancellationToken);
        return new IssueContext(
            Guid.CreateVersion7(), "", category, source, IssueStatuses.Reported,
            grid.Id, grid.RegionId, county?.Id ?? grid.RegionId, city?.Id ?? county?.Id ?? grid.RegionId, grid.RegionPath,
            caller.UserId, caller.InspectorId, 0, false, kind, designatedUserId);
    }

    /// <summary>
    /// Runs <paramref name="definition"/> from its Start for <paramref name="issue"/> (with <paramref name="variables"/>
    /// over its initial ones) and adds the case's rows to <paramref name="batch"/>; the issue insert answers with its code.
    /// </summary>
    public async Task<LaunchedCase> AddAsync(
        NpgsqlBatch batch, Caller caller, IssueContext issue, NewIssue report, WorkflowDefinition definition,
        IReadOnlyDictionary<string, JsonNode?>? variables, DateTimeOffset now, CancellationToken cancellationToken)
    {
        StepResult? step = null;
        Exception? failure = null;
        var stepper = engine.Stepper(await calendars.GetAsync(cancellationToken));
        try
        {
            step = stepper.Start(definition, issue.Facts(), now, variables);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the definition does wrong (an expression, a deadline it cannot compute), the case is kept with
            // an incident on its instance.
            failure = ex;
        }

        var instanceId = Guid.CreateVersion7();
        var status = step?.State.IssueStatus ?? IssueStatuses.Reported;
        IssueRows.Insert(batch, issue, report, status, instanceId, now);
        InstanceRows.Insert(batch, instanceId, issue.Id, definition.DefinitionId, definition.Version, step?.State ?? WorkflowInstanceState.Initial(definition, variables), now);
        if (step is null)
        {
            incidents.Add(batch, instanceId, issue.Id, failure!, IncidentStimulus.Start(caller.UserName), now);
            return new LaunchedCase(instanceId, status, []);
        }

        var opened = await applier.AddOpenedAsync(batch, instanceId, issue, step, completedTaskId: null, caller.UserName, now, cancellationToken);
        return new LaunchedCase(instanceId, status, opened);
    }

    [LoggerMessage(LogLevel.Error, "A start for {What} was refused: the published workflow {DefinitionId} cannot be run: {Reason}")]
    private static partial void LogUnrunnable(ILogger logger, string definitionId, string what, string reason);
}
