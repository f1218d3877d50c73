using GridFlow.Accounts.Directory;
using GridFlow.Assessments.Sources;
using GridFlow.Assessments.Trainings;
using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Assessments.Scoring;

/// <summary>
/// Reads a run's facts: every module's, on one connection in one REPEATABLE READ, READ ONLY transaction, so they are
/// the database as of one instant; whatever is written meanwhile belongs to the next run. Each kind of fact is one
/// set-based query for the whole period (ADR 0004), grouped per inspector here. Each query's time is noted in <c>timings</c> (the run logs them), if given.
/// </summary>
public sealed class FactReader(NpgsqlDataSource database, UserDirectory users, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    private const string PatrolsSql = """
        SELECT id, inspector_id, started_at, minutes, km, inside_ratio, max_kmh FROM patrols
        WHERE status = 'finished' AND started_at >= $1 AND started_at < $2
        """;

    /// <summary>
    /// Key sources of the grids and their visits since <c>everyDays</c> before the period: the recorded passes
    /// (<see cref="SourcePasses"/>) within <c>$2</c> metres by patrols valid under the scheme's rule (<c>$4</c>–<c>$7</c>), and check-ins.
    /// </summary>
    private const string SourcesSql = """
        SELECT s.id, s.grid_id, s.name, s.visit_every_days, s.created_at,
               ARRAY(SELECT v FROM (
                   SELECT x.ended_at AS v FROM patrol_source_passes x
                   WHERE x.source_id = s.id AND x.meters <= $2
                     AND x.ended_at >= $1 - make_interval(days => s.visit_every_days) AND x.ended_at < $3
                     AND x.minutes >= $4 AND x.km >= $5 AND x.inside_ratio >= $6 AND x.max_kmh <= $7
                   UNION ALL
                   SELECT c.at FROM pollution_source_check_ins c
                   WHERE c.source_id = s.id AND c.at >= $1 - make_interval(days => s.visit_every_days) AND c.at < $3) visits ORDER BY v) AS visits
        FROM pollution_sources s
        WHERE s.key AND s.grid_id = ANY($8)
        """;

    private const string TrainingsSql = """
        SELECT t.id, t.title, t.kind, t.held_at, t.region_path, ARRAY(SELECT a.inspector_id FROM training_attendance a WHERE a.training_id = t.id)
        FROM trainings t WHERE t.kind IN ('training', 'exam') AND t.held_at >= $1 AND t.held_at < $2
        """;

    /// <summary>
    /// The run's queries read a month of a province once each: PostgreSQL's JIT compiled each for about 0.4 s, which was as
    /// long as the missed-report query took to run (EXPLAIN ANALYZE on the benchmark's province: 820 ms with it, 418 ms without).
    /// </summary>
    private const string NoJitSql = "SET LOCAL jit = off";

    private const string AdjustmentsSql = "SELECT id, inspector_id, at, points, reason FROM assessment_adjustments WHERE at >= $1 AND at < $2";

    public async Task<FactSnapshot> ReadAsync(SchemeRules scheme, RunScope scope, DateOnly from, DateOnly to, List<string>? timings, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, "SET TRANSACTION READ ONLY");
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, NoJitSql);
        // The snapshot is taken by the transaction's first query, this one, and exported: the key sources' visits (the
        // costliest query, nearly all PostgreSQL's work) are read on a second connection in the same snapshot meanwhile.
        string snapshotId;
        await using (var export = Sql.Command(connection, transaction, "SELECT pg_export_snapshot()"))
        {
            snapshotId = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
        }

        var snapshot = await ReadInAsync(
            connection, transaction, scheme, scope, from, to, i => i.Status != InspectorStatus.Dismissed && scope.Includes(i.RegionPath), timings, cancellationToken, snapshotId);
        await transaction.CommitAsync(cancellationToken);
        return snapshot;
    }

    /// <summary>
    /// One inspector's facts of the period, read in the caller's transaction: an upheld appeal scores the inspector again
    /// in the transaction that writes its adjustment, so the adjustment counts. The queries are the run's, so a fact means
    /// the same in a revision as in the run (an appeal is rare; reading the period once more is its price); only the
    /// inspector is kept, dismissed since or not — they were assessed.
    /// </summary>
    public async Task<InspectorFacts?> ReadOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemeRules scheme, DateOnly from, DateOnly to, Guid inspectorId, CancellationToken cancellationToken) =>
        (await ReadInAsync(connection, transaction, scheme, new RunScope(null, []), from, to, i => i.Id == inspectorId, null, cancellationToken)).Inspectors.SingleOrDefault();

    private async Task<FactSnapshot> ReadInAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemeRules scheme, RunScope scope, DateOnly from, DateOnly to,
        Func<RosterInspector, bool> assesses, List<string>? timings, CancellationToken cancellationToken, string? snapshotId = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        async Task<T> Timed<T>(string name, Task<T> query)
        {
            var result = await query;
            timings?.Add($"{name} {watch.Elapsed.TotalMilliseconds:F0} ms");
            watch.Restart();
            return result;
        }

        var asOf = clock.GetUtcNow();
        var period = ScoringPeriod.Of(from, to, asOf, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
        var (start, cut) = (period.Start, period.Cut);

        var inspectors = (await Timed("inspectors", InspectorRoster.InspectorsAsync(connection, transaction, scope.RegionPath, cancellationToken)))
            .Where(assesses).ToList();
        var assessed = inspectors.Select(i => i.Id).ToHashSet();
        var tenures = (await Timed("tenures", InspectorRoster.TenuresAsync(connection, transaction, start, cut, cancellationToken))).Where(t => assessed.Contains(t.InspectorId)).ToList();
        var gridIds = tenures.Select(t => t.GridId).Distinct().ToArray();
        var sourcesInParallel = snapshotId is null ? null : Task.Run(() => SourcesInSnapshotAsync(snapshotId, scheme, start, cut, gridIds, cancellationToken), cancellationToken);
        var missedItem = scheme.Items.FirstOrDefault(i => i.Kind == SchemeItemKinds.MissedReport);
        var missed = missedItem is null
            ? []
            : await Timed("missed-reports", WorkFacts.MissedReportsAsync(connection, transaction, tenures.Select(t => new ResponsibleInspector(t.GridId, t.InspectorId, t.From, t.To)).ToList(),
                start, cut, new MissedReportWindow(missedItem.WithinDays, missedItem.WithinMeters), cancellationToken));
        var reports = await Timed("reports", WorkFacts.ReportsAsync(connection, transaction, start, cut, cancellationToken));
        var lateTasks = await Timed("late-tasks", WorkFacts.LateTasksAsync(connection, transaction, start, period.End, cut, cancellationToken));
        var escalations = await Timed("escalations", WorkFacts.EscalationsAsync(connection, transaction, start, cut, cancellationToken));
        var patrols = await Timed("patrols", PatrolsAsync(connection, transaction, start, cut, cancellationToken));
        var sources = sourcesInParallel is null
            ? await Timed("sources", SourcesAsync(connection, transaction, scheme, start, cut, gridIds, cancellationToken))
            : await Timed("sources (waited for)", sourcesInParallel);
        var trainings = await Timed("trainings", TrainingsAsync(connection, transaction, start, cut, cancellationToken));
        var adjustments = await Timed("adjustments", AdjustmentsAsync(connection, transaction, start, cut, cancellationToken));

        var finders = await FindersAsync(missed, cancellationToken);
        var tenuresOf = tenures.ToLookup(t => t.InspectorId);
        var patrolsOf = patrols.ToLookup(p => p.InspectorId);
        var reportsOf = reports.ToLookup(r => r.InspectorId);
        var missedOf = missed.ToLookup(m => m.ChargedInspectorId);
        var lateTasksOf = lateTasks.ToLookup(t => t.InspectorId);
        var escalationsOf = escalations.ToLookup(e => e.InspectorId);
        var sourcesOf = sources.ToLookup(s => s.GridId);
        var trainingsAt = trainings.ToLookup(t => t.RegionPath);
        var adjustmentsOf = adjustments.ToLookup(a => a.InspectorId);
        var facts = inspectors.Select(i => new InspectorFacts(
            i,
            tenuresOf[i.Id].ToList(),
            patrolsOf[i.Id].ToList(),
            reportsOf[i.Id].ToList(),
            missedOf[i.Id].Select(m => new ScoredMissedReport(m, finders(m))).ToList(),
            lateTasksOf[i.Id].ToList(),
            escalationsOf[i.Id].ToList(),
            RegionLine.PathsAbove(i.RegionPath).SelectMany(p => trainingsAt[p]).ToList(),
            tenuresOf[i.Id].Select(t => t.GridId).Distinct().SelectMany(g => sourcesOf[g]).ToList(),
            adjustmentsOf[i.Id].ToList())).ToList();
        return new FactSnapshot(asOf, facts);
    }

    /// <summary>
    /// Who found each missed report: the source says so for a cross-check and the public; another inspector's report is
    /// theirs; a supervisor's is the level of their account (city or county); anyone else's is the township's.
    /// </summary>
    private async Task<Func<MissedReportFact, string>> FindersAsync(List<MissedReportFact> missed, CancellationToken cancellationToken)
    {
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in missed.Where(m => m.Source == "supervisor").Select(m => m.ReportedBy).Distinct())
        {
            var scope = await users.FindIdAsync(name, cancellationToken) is { } id ? await users.ScopeAsync(id, cancellationToken) : null;
            levels[name] = scope?.Roles.Contains(GridFlow.Contracts.Accounts.Roles.CitySupervisor) == true ? "city" : "county";
        }

        return m => m.Source switch
        {
            "cross-check" => "cross-check",
            "public" => "public",
            "supervisor" => levels[m.ReportedBy],
            _ when m.ReporterInspectorId is not null => "inspector",
            _ => "township",
        };
    }

    private static async Task<List<PatrolFact>> PatrolsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var patrols = new List<PatrolFact>();
        await using var command = Sql.Command(connection, transaction, PatrolsSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            patrols.Add(new PatrolFact(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                new PatrolSummary(reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6))));
        }

        return patrols;
    }

    /// <summary>
    /// The sources' visits on a connection of their own in the run's exported snapshot (the exporting transaction stays open
    /// until this returns, as PostgreSQL requires). Only for a read-only run: another connection would not see what an
    /// appeal's own transaction has written.
    /// </summary>
    private async Task<List<SourceFact>> SourcesInSnapshotAsync(string snapshotId, SchemeRules scheme, DateTimeOffset from, DateTimeOffset to, Guid[] gridIds, CancellationToken cancellationToken)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(snapshotId, "^[0-9A-F-]+$"))
        {
            throw new InvalidOperationException($"Unexpected snapshot id {snapshotId}.");
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        // A literal: SET takes no parameters; the id is PostgreSQL's own, checked above.
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, $"SET TRANSACTION SNAPSHOT '{snapshotId}'");
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, NoJitSql);
        var sources = await SourcesAsync(connection, transaction, scheme, from, to, gridIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sources;
    }

    private async Task<List<SourceFact>> SourcesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, SchemeRules scheme, DateTimeOffset from, DateTimeOffset to, Guid[] gridIds, CancellationToken cancellationToken)
    {
        var sources = new List<SourceFact>();
        if (!scheme.Items.Any(i => i.Kind == SchemeItemKinds.SourceUnvisited) || gridIds.Length == 0)
        {
            return sources;
        }

        var rule = scheme.PatrolRule;
        await using var command = Sql.Command(connection, transaction, SourcesSql,
            from, options.Value.SourceVisitMeters, to, rule.MinMinutes, rule.MinKm, rule.MinInsideRatio, rule.MaxKmh, gridIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new SourceFact(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.GetFieldValue<DateTimeOffset[]>(5)));
        }

        return sources;
    }

    private static async Task<List<TrainingFact>> TrainingsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var trainings = new List<TrainingFact>();
        await using var command = Sql.Command(connection, transaction, TrainingsSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            trainings.Add(new TrainingFact(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4),
                reader.GetFieldValue<Guid[]>(5).ToHashSet()));
        }

        return trainings;
    }

    private static async Task<List<AdjustmentFact>> AdjustmentsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var adjustments = new List<AdjustmentFact>();
        await using var command = Sql.Command(connection, transaction, AdjustmentsSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            adjustments.Add(new AdjustmentFact(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetDecimal(3), reader.GetString(4)));
        }

        return adjustments;
    }
}
