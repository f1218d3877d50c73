using GridFlow.Workflows.Runtime.Cases;

namespace GridFlow.Workflows.Runtime.Reporting;

/// <summary>
/// Reports an issue: locates its grid, picks its category's live definition, and starts it as a case of kind issue
/// through <see cref="CaseLaunch"/> (issue, instance, tasks, timers, journal, outbox) in one transaction sent as one
/// batch, its COMMIT included: one round trip. If the definition's first automatic activities fail, the issue is still
/// kept (nothing reported is lost) with an incident on its instance, to be retried. An issue a checker found names its
/// cross-check, which <see cref="ICrossCheckLinks"/> (the assessment module) must accept.
/// </summary>
public sealed class IssueReporter(
    NpgsqlDataSource database,
    GridSpatialIndex grids,
    IWorkflowDefinitionStore definitions,
    CaseLaunch launch,
    ICrossCheckLinks crossChecks,
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

        // What a cross-check finds is always reported as found by the cross-check.
        if (request.CrossCheckId is not null && request.Source is not (null or IssueSources.CrossCheck))
        {
            return RuntimeFailure.Invalid("source", $"An issue reported for a cross-check has the source {IssueSources.CrossCheck}.");
        }

        var definitionId = await definitions.GetDefinitionIdForCategoryAsync(request.Category!, cancellationToken);
        if (definitionId is null)
        {
            return RuntimeFailure.Invalid("category", $"Unknown category '{request.Category}'. GET /api/issue-categories lists them.");
        }

        var live = await launch.LiveDefinitionAsync(definitionId, $"category {request.Category}", cancellationToken);
        if (live.Failure is { } refused)
        {
            return refused;
        }

        var grid = (await grids.LocateAsync(request.Lon!.Value, request.Lat!.Value, cancellationToken)).FirstOrDefault();
        if (grid is null)
        {
            return RuntimeFailure.Invalid(new() { ["lat"] = ["The location is not inside any grid."], ["lon"] = ["The location is not inside any grid."] });
        }

        if (request.CrossCheckId is { } crossCheckId && await crossChecks.RefusalAsync(caller, crossCheckId, grid.Id, cancellationToken) is { } refusal)
        {
            return RuntimeFailure.Invalid("crossCheckId", refusal);
        }

        var source = request.CrossCheckId is not null ? IssueSources.CrossCheck : request.Source ?? DefaultSource(caller);
        var issue = await launch.ContextAsync(grid, CaseKinds.Issue, request.Category!, source, caller, null, cancellationToken);

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        if (idempotencyKey is not null)
        {
            // First, so that a concurrent repeat of the same key waits here and then fails on the key.
            Sql.Add(batch, "INSERT INTO idempotency_keys (user_id, key, issue_id, created_at) VALUES ($1, $2, $3, $4)", caller.UserId, idempotencyKey, issue.Id, now);
        }

        var report = new NewIssue(request.Description!, request.Lat!.Value, request.Lon!.Value, request.Address, request.DiscoveredAt ?? now, request.CrossCheckId);
        var started = await launch.AddAsync(batch, caller, issue, report, live.Value!, null, now, cancellationToken);
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

        return new ReportIssueResponse(issue.Id.ToString(), code, started.Status, grid.Id.ToString(), grid.RegionId.ToString(), started.InstanceId.ToString());
    }

    private static string DefaultSource(Caller caller) =>
        caller.IsInRole(Roles.CitySupervisor) || caller.IsInRole(Roles.CountySupervisor) ? IssueSources.Supervisor : IssueSources.Patrol;

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

}
