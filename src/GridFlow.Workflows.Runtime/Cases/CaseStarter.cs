namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>
/// Starts a case that is not a reported issue — a cross-check, an appeal — on a published definition, through the
/// same write path as a report (<see cref="CaseLaunch"/>). It writes in the caller's transaction and does not commit:
/// the module that asked keeps its own row of the case (a cross-check) in the same transaction, so either both are
/// written or neither.
/// </summary>
public sealed class CaseStarter(GridSpatialIndex grids, CaseLaunch launch, TimeProvider clock)
{
    public async Task<RuntimeResult<StartedCase>> StartAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Caller caller, CaseStart start, CancellationToken cancellationToken)
    {
        if (!CaseKinds.All.Contains(start.Kind) || start.Kind == CaseKinds.Issue)
        {
            throw new ArgumentException($"'{start.Kind}' is not a kind of case to start; issues are reported.", nameof(start));
        }

        var live = await launch.LiveDefinitionAsync(start.DefinitionId, $"a {start.Kind}", cancellationToken);
        if (live.Failure is { } refused)
        {
            return refused;
        }

        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        if (snapshot.Find(start.GridId) is not { } grid)
        {
            return RuntimeFailure.Invalid("gridId", "No grid has this id.");
        }

        var now = clock.GetUtcNow();
        // A case is about its grid as a whole; its place is the grid's centre.
        var centre = grid.Boundary.Centroid;
        var issue = await launch.ContextAsync(grid, start.Kind, start.Kind, start.Kind, caller, start.DesignatedUserId, cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        var launched = await launch.AddAsync(
            batch, caller, issue, new NewIssue(start.Description, centre.Y, centre.X, null, now), live.Value!, start.Variables, now, cancellationToken);
        string code;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            code = reader.GetString(reader.GetOrdinal("code"));
        }

        return new StartedCase(issue.Id, code, launched.InstanceId, launched.Status, launched.Tasks.Select(t => t.Id).ToList());
    }
}
