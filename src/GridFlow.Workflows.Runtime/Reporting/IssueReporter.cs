using GridFlow.Workflows.Core.Serialization;
using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;

namespace GridFlow.Workflows.Runtime.Reporting;

/// <summary>
/// Reports an issue: locates its grid, picks its category's live definition, starts an instance and runs it to
/// the first user tasks, and writes all of it — issue, instance, tasks, timers, journal, outbox — in one
/// transaction sent as one batch, its COMMIT included: one round trip. If the definition's first automatic
/// activities fail, the issue is still kept (nothing reported is lost) with an incident on its instance, to be
/// retried.
/// </summary>
public sealed partial class IssueReporter(
    NpgsqlDataSource database,
    GridSpatialIndex grids,
    RegionDirectory regions,
    IWorkflowDefinitionStore definitions,
    IWorkingCalendarProvider calendars,
    WorkflowEngine engine,
    StepApplier applier,
    IncidentRecorder incidents,
    TimeProvider clock,
    ILogger<IssueReporter> logger)
{
    public async Task<RuntimeResult<ReportIssueResponse>> ReportAsync(Caller caller, ReportIssueRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(caller, idempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        if (request.DiscoveredAt > now.AddMinutes(5))
        {
            return RuntimeFailure.Invalid("discoveredAt", "The discovery time is in the future.");
        }

        var definitionId = await definitions.GetDefinitionIdForCategoryAsync(request.Category!, cancellationToken);
        if (definitionId is null)
        {
            return RuntimeFailure.Invalid("category", $"Unknown category '{request.Category}'. GET /api/issue-categories lists them.");
        }

        WorkflowDefinition? definition;
        try
        {
            definition = await definitions.GetLiveAsync(definitionId, cancellationToken);
        }
        catch (InvalidWorkflowDefinitionException ex)
        {
            // A version published before a rule it breaks existed (a deadline longer than any allowed now): no
            // instance can start on it, so the report is refused whole, with the reason, instead of failing half-way.
            LogUnrunnable(logger, definitionId, request.Category!, ex.Message);
            return RuntimeFailure.Conflict(
                $"The published workflow {definitionId} of category {request.Category} cannot be run ({ex.Message}). A designer must publish a corrected version.");
        }

        if (definition is null)
        {
            return RuntimeFailure.Conflict($"The workflow {definitionId} of category {request.Category} has no published version.");
        }

        var grid = (await grids.LocateAsync(request.Lon!.Value, request.Lat!.Value, cancellationToken)).FirstOrDefault();
        if (grid is null)
        {
            return RuntimeFailure.Invalid(new() { ["lat"] = ["The location is not inside any grid."], ["lon"] = ["The location is not inside any grid."] });
        }

        var county = await regions.AncestorAsync(grid.RegionId, RegionLevel.County, cancellationToken);
        var city = await regions.AncestorAsync(grid.RegionId, RegionLevel.City, cancellationToken);
        var issue = new IssueContext(
            Guid.CreateVersion7(), "", request.Category!, request.Source ?? DefaultSource(caller), IssueStatuses.Reported,
            grid.Id, grid.RegionId, county?.Id ?? grid.RegionId, city?.Id ?? county?.Id ?? grid.RegionId, grid.RegionPath,
            caller.UserId, caller.InspectorId, 0, false);
        var instanceId = Guid.CreateVersion7();

        StepResult? step = null;
        Exception? failure = null;
        var stepper = engine.Stepper(await calendars.GetAsync(cancellationToken));
        try
        {
            step = stepper.Start(definition, issue.Facts(), now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the definition does wrong (an expression, a deadline it cannot compute), the report is kept with
            // an incident on its instance: nothing reported is lost.
            failure = ex;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        if (idempotencyKey is not null)
        {
            // First, so that a concurrent repeat of the same key waits here and then fails on the key.
            Sql.Add(batch, "INSERT INTO idempotency_keys (user_id, key, issue_id, created_at) VALUES ($1, $2, $3, $4)", caller.UserId, idempotencyKey, issue.Id, now);
        }

        var status = step?.State.IssueStatus ?? IssueStatuses.Reported;
        var report = new NewIssue(request.Description!, request.Lat!.Value, request.Lon!.Value, request.Address, request.DiscoveredAt ?? now);
        IssueRows.Insert(batch, issue, report, status, instanceId, now);
        InstanceRows.Insert(batch, instanceId, issue.Id, definition.DefinitionId, definition.Version, step?.State ?? WorkflowInstanceState.Initial(definition), now);
        if (step is not null)
        {
            await applier.AddOpenedAsync(batch, instanceId, issue, step, completedTaskId: null, caller.UserName, now, cancellationToken);
        }
        else
        {
            incidents.Add(batch, instanceId, issue.Id, failure!, IncidentStimulus.Start(caller.UserName), now);
        }

        Sql.AddCommit(batch);
        string code;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            code = reader.GetString(reader.GetOrdinal("code"));
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && idempotencyKey is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await FindByKeyAsync(caller, idempotencyKey, cancellationToken, connection) is { } first
                ? first
                : RuntimeFailure.Conflict("Another request with this Idempotency-Key is in progress.");
        }

        return new ReportIssueResponse(issue.Id.ToString(), code, status, grid.Id.ToString(), grid.RegionId.ToString(), instanceId.ToString());
    }

    private static string DefaultSource(Caller caller) =>
        caller.IsInRole(Roles.CitySupervisor) || caller.IsInRole(Roles.CountySupervisor) ? "supervisor" : "patrol";

    /// <summary>The report made earlier with this key; on <paramref name="connection"/> when the caller already holds one (never a second from the pool).</summary>
    private async Task<ReportIssueResponse?> FindByKeyAsync(Caller caller, string key, CancellationToken cancellationToken, NpgsqlConnection? connection = null)
    {
        const string sql = """
            SELECT i.id, i.code, i.status, i.grid_id, i.region_id, i.workflow_instance_id
            FROM idempotency_keys k JOIN issues i ON i.id = k.issue_id
            WHERE k.user_id = $1 AND k.key = $2
            """;
        await using var command = connection is null ? Sql.Command(database, sql, caller.UserId, key) : Sql.Command(connection, null, sql, caller.UserId, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ReportIssueResponse(
                reader.GetGuid(reader.GetOrdinal("id")).ToString(), reader.GetString(reader.GetOrdinal("code")), reader.GetString(reader.GetOrdinal("status")),
                reader.GetGuid(reader.GetOrdinal("grid_id")).ToString(), reader.GetGuid(reader.GetOrdinal("region_id")).ToString(),
                reader.GetGuid(reader.GetOrdinal("workflow_instance_id")).ToString())
            : null;
    }

    [LoggerMessage(LogLevel.Error, "A report of category {Category} was refused: the published workflow {DefinitionId} cannot be run: {Reason}")]
    private static partial void LogUnrunnable(ILogger logger, string definitionId, string category, string reason);
}
