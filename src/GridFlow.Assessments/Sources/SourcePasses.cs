namespace GridFlow.Assessments.Sources;

/// <summary>
/// Records which finished patrols passed near which sources of their grid, and how close (<c>patrol_source_passes</c>):
/// when a patrol finishes, for its track against the grid's sources; when a source is created or moved, for the source
/// against the grid's finished tracks. A visit is then a lookup of that table (<see cref="SourceVisits"/>, the run's
/// key-source facts) instead of a geodesic test of every track of the grid against every source, which cost the monthly
/// run of a province seconds. Pairs closer than <see cref="RecordedWithinMeters"/> are recorded, with the distance, so the
/// configured visit distance (<c>Assessments:SourceVisitMeters</c>, at most that) can change without recording again.
/// </summary>
public static class SourcePasses
{
    /// <summary>The recording radius: the largest visit distance that can be configured.</summary>
    public const double RecordedWithinMeters = 1000;

    /// <summary>
    /// Serialises the recordings of one grid (<c>$1</c>): a patrol finishing while a source of its grid is created would
    /// otherwise each miss the other's uncommitted row. Each statement after it takes a new snapshot (READ COMMITTED).
    /// </summary>
    private const string LockGridSql = "SELECT pg_advisory_xact_lock(hashtextextended('patrol-source-passes:' || $1::text, 0))";

    /// <summary>
    /// Pairs of patrol <c>p</c> and source <c>s</c> of its grid closer than the recording radius (<c>$1</c>): a planar test in
    /// degrees that no geodesic distance within the radius can exceed (110 km per degree is below a degree of latitude and,
    /// divided by the cosine, of longitude), which the GiST index on <c>track</c> answers, then the geodesic distance. That
    /// distance is the spheroid's between the source and the track's point nearest to it, found in degrees of longitude
    /// shrunk by the cosine of the source's latitude (where a metre east and a metre north are nearly as long): within 0.3 mm
    /// of PostGIS's geodesic distance to the whole track, at a fifth of its cost, which was a tenth of an upload's.
    /// </summary>
    private const string NearPairs = """
        SELECT s.id AS source_id, p.id AS patrol_id, p.ended_at, p.minutes, p.km, p.inside_ratio, p.max_kmh,
               ST_Distance(ST_Affine(ST_ClosestPoint(ST_Affine(ST_Force2D(p.track), f.k, 0, 0, 1, 0, 0), ST_Affine(s.location, f.k, 0, 0, 1, 0, 0)),
                                     1 / f.k, 0, 0, 1, 0, 0)::geography, s.location::geography) AS meters
        FROM patrols p JOIN pollution_sources s ON s.grid_id = p.grid_id
        CROSS JOIN LATERAL (SELECT cos(radians(ST_Y(s.location))) AS k) f
        WHERE p.status = 'finished' AND p.track IS NOT NULL
          AND ST_DWithin(p.track, s.location, $1 / (110000.0 * cos(radians(least(abs(ST_Y(s.location)), 89.0)))))
        """;

    /// <summary>The passes of the patrol <c>$2</c> (just finished, in the caller's transaction).</summary>
    private static readonly string RecordPatrolSql = InsertNear("AND p.id = $2");

    /// <summary>
    /// The passes of the source <c>$2</c> (just created or moved), after <see cref="ForgetSourceSql"/>. Public for the test
    /// that reads its plan: the source's side must be an indexed spatial query.
    /// </summary>
    public static readonly string RecordSourceSql = InsertNear("AND s.id = $2");

    /// <summary>
    /// The passes of every finished patrol (<c>$1</c> the radius): for data loaded around the app, as the benchmark's
    /// province is. The migration that made the table wrote its own copy.
    /// </summary>
    public static readonly string RecordAllSql = InsertNear("");

    private const string ForgetSourceSql = "DELETE FROM patrol_source_passes WHERE source_id = $1";

    /// <summary>Inserts the <see cref="NearPairs"/> narrowed by <paramref name="filter"/> that are within the radius <c>$1</c>.</summary>
    private static string InsertNear(string filter) => $"""
        INSERT INTO patrol_source_passes (source_id, patrol_id, ended_at, meters, minutes, km, inside_ratio, max_kmh)
        SELECT source_id, patrol_id, ended_at, meters, minutes, km, inside_ratio, max_kmh FROM ({NearPairs} {filter}) pairs
        WHERE meters <= $1
        """;

    /// <summary>Adds to <paramref name="batch"/> the recording of a just-finished patrol's passes.</summary>
    public static void AddRecordPatrol(NpgsqlBatch batch, Guid gridId, Guid patrolId)
    {
        Sql.Add(batch, LockGridSql, gridId);
        Sql.Add(batch, RecordPatrolSql, RecordedWithinMeters, patrolId);
    }

    /// <summary>Records again the passes of a source just created or moved, in the caller's transaction.</summary>
    public static async Task RecordSourceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid gridId, Guid sourceId, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        Sql.Add(batch, LockGridSql, gridId);
        Sql.Add(batch, ForgetSourceSql, sourceId);
        Sql.Add(batch, RecordSourceSql, RecordedWithinMeters, sourceId);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
