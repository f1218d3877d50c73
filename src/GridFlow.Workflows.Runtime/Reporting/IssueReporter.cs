using GridFlow.Accounts.Scoping;
using GridFlow.Data.Entities;
using GridFlow.Regions.Spatial;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Expressions;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.Workflows.Runtime.Directory;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Incidents;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Reporting;

/// <summary>
/// Reports an issue: locates its grid, picks its category's live definition, starts an instance and runs it to
/// the first user tasks, and writes all of it — issue, instance, tasks, timers, journal, outbox — in one
/// transaction sent as one batch, its COMMIT included: one round trip. If the definition's first automatic
/// activities fail, the issue is still kept (nothing reported is lost) with an incident on its instance, to be
/// retried.
/// </summary>
public sealed class IssueReporter(
    NpgsqlDataSource database,
    GridSpatialIndex grids,
    RegionDirectory regions,
    IWorkflowDefinitionStore definitions,
    IWorkingCalendarProvider calendars,
    WorkflowEngine engine,
    TaskOpener opener,
    IncidentRecorder incidents,
    TimeProvider clock)
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

        var definition = await definitions.GetLiveAsync(definitionId, cancellationToken);
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
            Guid.CreateVersion7(), "", request.Category!, request.Source ?? DefaultSource(caller), IssueStatusNames.Reported,
            grid.Id, grid.RegionId, county?.Id ?? grid.RegionId, city?.Id ?? county?.Id ?? grid.RegionId, grid.RegionPath,
            caller.UserId, caller.InspectorId, 0, false);
        var instanceId = Guid.CreateVersion7();

        StepResult? step = null;
        Exception? failure = null;
        try
        {
            step = engine.Stepper(await calendars.GetAsync(cancellationToken)).Start(definition, issue.Facts(), now);
        }
        catch (Exception ex) when (ex is ExpressionException or WorkflowExecutionException)
        {
            failure = ex;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        if (idempotencyKey is not null)
        {
            // First, so that a concurrent repeat of the same key waits here and then fails on the key.
            StepCommands.Add(batch, "INSERT INTO idempotency_keys (user_id, key, issue_id, created_at) VALUES ($1, $2, $3, $4)", caller.UserId, idempotencyKey, issue.Id, now);
        }

        var status = step?.State.IssueStatus ?? IssueStatusNames.Reported;
        StepCommands.Add(batch, """
            INSERT INTO issues (id, code, category, description, lat, lon, address, source, discovered_at, reported_at, reported_by,
                reporter_inspector_id, grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level,
                workflow_instance_id, updated_at)
            VALUES ($1, to_char($9 AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(nextval('issue_code_seq')::text, 6, '0'),
                $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, false, 0, $18, $9)
            RETURNING code
            """,
            issue.Id, issue.Category, request.Description, request.Lat, request.Lon, request.Address, issue.Source,
            (request.DiscoveredAt ?? now).ToUniversalTime(), now, caller.UserId, (object?)caller.InspectorId, grid.Id, grid.RegionId,
            issue.CountyId, issue.CityId, grid.RegionPath, status, instanceId);
        var state = step?.State ?? WorkflowInstanceState.Initial(definition);
        StepCommands.Add(batch, """
            INSERT INTO workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6::jsonb, 0, $7, $7)
            """, instanceId, issue.Id, definition.DefinitionId, definition.Version, StepCommands.StatusName(state.Status), EngineJson.Serialize(state), now);
        if (step is not null)
        {
            var opened = await opener.ResolveAsync(step.OpenedTasks, issue, cancellationToken);
            StepCommands.InsertTasks(batch, instanceId, issue.Id, opened, now);
            StepCommands.InsertJournal(batch, instanceId, issue.Id, Stamp(step.Journal, caller));
            StepCommands.InsertOutbox(batch, instanceId, issue.Id, step.Notifications, now);
        }
        else
        {
            incidents.Add(batch, instanceId, issue.Id, failure!, IncidentStimulus.Start(caller.UserName), now);
        }

        StepCommands.AddCommit(batch);
        string code;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            code = reader.GetString(0);
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

    /// <summary>The reporter is the actor of the steps their report ran.</summary>
    private static List<JournalEntry> Stamp(IEnumerable<JournalEntry> journal, Caller caller) =>
        journal.Select(e => e.Actor is null ? e with { Actor = caller.UserName } : e).ToList();

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
        await using var command = connection is null ? database.CreateCommand(sql) : new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = caller.UserId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ReportIssueResponse(reader.GetGuid(0).ToString(), reader.GetString(1), reader.GetString(2), reader.GetGuid(3).ToString(), reader.GetGuid(4).ToString(), reader.GetGuid(5).ToString())
            : null;
    }
}
