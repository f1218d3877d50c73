using GridFlow.Assessments.Sources;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Patrols;

/// <summary>
/// Records patrols: starts one, adds points as they come, finishes it with its track and summary. Each call is one
/// transaction that locks the patrol's row, so a finish and a late batch of points never interleave. The caller has
/// checked who may do it (<see cref="PatrolAccess"/>).
/// </summary>
public sealed partial class PatrolRecorder(NpgsqlDataSource database, PatrolRuleSource rules, IOptions<AssessmentOptions> options, TimeProvider clock, ILogger<PatrolRecorder> logger)
{
    private const string RowColumns = "id, inspector_id, grid_id, recorded_by, status, started_at, point_count, invalid_reasons, created_at";

    /// <summary>Starts a patrol with its first points; with an end, finishes it at once (then with its summary and track).</summary>
    public async Task<StartedPatrol> StartAsync(Caller caller, Guid inspectorId, GridIndexEntry grid, StartPatrolRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var started = request.StartedAt!.Value.ToUniversalTime();
        var points = request.Points ?? [];
        var count = PatrolTracks.DistinctTimes(points);
        // Cached: looked up before the transaction opens, so it is not held while the rule is read.
        var rule = request.EndedAt is null ? null : await rules.ForAsync(grid.RegionPath, cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The row with its point count, the points and, for a whole track, its drawing and measures go in one round trip; the
        // summary with the COMMIT in a second (uploads are a measured hot path: each round trip and row version counted).
        var batch = new NpgsqlBatch(connection, transaction);
        var now = clock.GetUtcNow().ToUniversalTime();
        if (request.EndedAt is not { } end)
        {
            Sql.Add(batch, $"INSERT INTO patrols ({RowColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, '{{}}', $8)", id, inspectorId, grid.Id, caller.UserId, PatrolStatuses.Recording, started, count, now);
            AddFirstPointsIfAny(batch, id, points);
            Sql.AddCommit(batch);
            await batch.ExecuteNonQueryAsync(cancellationToken);
            LogStarted(logger, id, inspectorId, grid.Id, points.Count, false);
            return new StartedPatrol(id, count, null);
        }

        // A whole track: the row is written with it, then measured (no second version of the row with the track).
        var ended = end.ToUniversalTime();
        var (at, lon, lat) = PatrolTracks.TrackColumns(points);
        Sql.Add(batch, $$"""
            INSERT INTO patrols ({{RowColumns}}, track)
            VALUES ($1, $2, $3, $4, $5, $6, $7, '{}', $8, {{PatrolTracks.TrackFromArraysSql(9, 10, 11, 6, 12)}})
            """, id, inspectorId, grid.Id, caller.UserId, PatrolStatuses.Recording, started, count, now, at, lon, lat, ended);
        AddFirstPointsIfAny(batch, id, points);
        PatrolTracks.AddMeasure(batch, id, started, ended, grid.Boundary);
        DrawnTrack drawn;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            drawn = await PatrolTracks.ReadDrawnAsync(reader, cancellationToken);
        }

        var finished = await StoreAndCommitAsync(connection, transaction, id, grid, started, ended, rule!, drawn, cancellationToken);
        LogStarted(logger, id, inspectorId, grid.Id, points.Count, true);
        return new StartedPatrol(id, count, finished);
    }

    private static void AddFirstPointsIfAny(NpgsqlBatch batch, Guid id, IReadOnlyList<PatrolPointInput> points)
    {
        if (points.Count > 0)
        {
            PatrolTracks.AddFirstPoints(batch, id, points);
        }
    }

    /// <summary>Adds a batch of points to a recording patrol; null if the patrol is no longer recording.</summary>
    public async Task<PointsOutcome> AddPointsAsync(Guid patrolId, IReadOnlyList<PatrolPointInput> points, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await LockAsync(connection, transaction, patrolId, cancellationToken);
        if (row.Status != PatrolStatuses.Recording)
        {
            return PointsOutcome.NotRecording;
        }

        // Duplicates do not count against the limit, but a batch is judged whole: it fits or it is refused.
        if (row.Points + points.Count > options.Value.MaxPointsPerPatrol)
        {
            return PointsOutcome.TooMany;
        }

        var accepted = await PatrolTracks.AddPointsAsync(connection, transaction, patrolId, points, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PointsOutcome(new AddPatrolPointsResult(accepted, points.Count - accepted));
    }

    /// <summary>Finishes a recording patrol. A finished one is left as it is: true if it ended at <paramref name="ended"/> (a retry).</summary>
    public async Task<bool> FinishAsync(Guid patrolId, GridIndexEntry grid, DateTimeOffset ended, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await LockAsync(connection, transaction, patrolId, cancellationToken);
        if (row.Status != PatrolStatuses.Recording)
        {
            // PostgreSQL keeps microseconds: the same end sent again may differ below that.
            return row.EndedAt is { } at && Math.Abs((at - ended).Ticks) < TimeSpan.TicksPerMicrosecond;
        }

        await FinishAndCommitAsync(connection, transaction, patrolId, grid, row.StartedAt, ended.ToUniversalTime(), cancellationToken);
        return true;
    }

    /// <summary>Draws and measures the track, judges it, and stores the summary and the sources it passed with the transaction's COMMIT.</summary>
    private async Task FinishAndCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid patrolId, GridIndexEntry grid, DateTimeOffset started, DateTimeOffset ended, CancellationToken cancellationToken)
    {
        var rule = await rules.ForAsync(grid.RegionPath, cancellationToken);
        var drawn = await PatrolTracks.DrawAsync(connection, transaction, patrolId, started, ended, grid.Boundary, cancellationToken);
        await StoreAndCommitAsync(connection, transaction, patrolId, grid, started, ended, rule, drawn, cancellationToken);
    }

    /// <summary>Judges the drawn track and stores the summary and the sources it passed with the transaction's COMMIT in one round trip.</summary>
    private async Task<FinishedPatrol> StoreAndCommitAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid patrolId, GridIndexEntry grid, DateTimeOffset started, DateTimeOffset ended,
        PatrolRuleOptions rule, DrawnTrack drawn, CancellationToken cancellationToken)
    {
        var summary = PatrolSummary.Of(ended - started, drawn.Meters, drawn.InsideMeters, drawn.Profile.TopKmh(rule.SpeedWindowSeconds));
        var reasons = summary.Breaks(rule);
        var batch = new NpgsqlBatch(connection, transaction);
        Sql.Add(batch, """
            UPDATE patrols SET status = $2, ended_at = $3, minutes = $4, km = $5, inside_ratio = $6, max_kmh = $7, valid = $8, invalid_reasons = $9
            WHERE id = $1
            """, patrolId, PatrolStatuses.Finished, ended, summary.Minutes, summary.Km, summary.InsideRatio, summary.MaxKmh, reasons.Count == 0, reasons.ToArray());
        SourcePasses.AddRecordPatrol(batch, grid.Id, patrolId);
        Sql.AddCommit(batch);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        LogFinished(logger, patrolId, summary.Minutes, summary.Km, summary.InsideRatio, summary.MaxKmh, string.Join(",", reasons));
        return new FinishedPatrol(ended, summary, reasons, drawn.Track);
    }

    private static async Task<(string Status, int Points, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid patrolId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT status, point_count, started_at, ended_at FROM patrols WHERE id = $1 FOR UPDATE", patrolId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var endedAt = reader.GetOrdinal("ended_at");
        return (reader.GetString(reader.GetOrdinal("status")), reader.GetInt32(reader.GetOrdinal("point_count")),
            reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal("started_at")),
            reader.IsDBNull(endedAt) ? null : reader.GetFieldValue<DateTimeOffset>(endedAt));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Patrol {PatrolId} of inspector {InspectorId} in grid {GridId} started with {Points} points (finished at once: {Finished})")]
    private static partial void LogStarted(ILogger logger, Guid patrolId, Guid inspectorId, Guid gridId, int points, bool finished);

    [LoggerMessage(Level = LogLevel.Information, Message = "Patrol {PatrolId} finished: {Minutes} min, {Km} km, {InsideRatio} inside, {MaxKmh} km/h; broken rules: {Reasons}")]
    private static partial void LogFinished(ILogger logger, Guid patrolId, double minutes, double km, double insideRatio, double maxKmh, string reasons);
}
