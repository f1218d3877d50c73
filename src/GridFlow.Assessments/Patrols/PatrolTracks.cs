namespace GridFlow.Assessments.Patrols;

/// <summary>
/// The patrol tables' hand-written SQL (ADR 0004: uploads are a measured hot path, PostGIS has no EF Core
/// translation): points in by <c>unnest</c> and deduplicated by time, and the track and its measures made by PostGIS.
/// Lengths are geodesic (on the WGS84 spheroid, <c>geography</c>).
/// </summary>
public static class PatrolTracks
{
    /// <summary>Adds points, skipping those whose time the patrol has; returns how many were new.</summary>
    public static async Task<int> AddPointsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid patrolId, IReadOnlyList<PatrolPointInput> points, CancellationToken cancellationToken)
    {
        if (points.Count == 0)
        {
            return 0;
        }

        var batch = new NpgsqlBatch(connection, transaction);
        AddPoints(batch, patrolId, points);
        return (int)(await batch.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Adds to <paramref name="batch"/> the statement of <see cref="AddPointsAsync"/>; it answers how many were new.</summary>
    private static void AddPoints(NpgsqlBatch batch, Guid patrolId, IReadOnlyList<PatrolPointInput> points)
    {
        var (at, lon, lat, accuracy) = Columns(points);
        Sql.Add(batch, """
            WITH added AS (
                INSERT INTO patrol_points (patrol_id, at, lon, lat, accuracy)
                SELECT $1, t.at, t.lon, t.lat, t.accuracy
                FROM unnest($2::timestamptz[], $3::float8[], $4::float8[], $5::float8[]) AS t (at, lon, lat, accuracy)
                ON CONFLICT (patrol_id, at) DO NOTHING
                RETURNING 1)
            UPDATE patrols SET point_count = point_count + (SELECT count(*) FROM added) WHERE id = $1
            RETURNING (SELECT count(*) FROM added)::int
            """, patrolId, at, lon, lat, accuracy);
    }

    /// <summary>
    /// Adds to <paramref name="batch"/> the points of a patrol that has none yet: nothing to count against, and a time sent
    /// twice in the batch is kept once (the first).
    /// </summary>
    public static void AddFirstPoints(NpgsqlBatch batch, Guid patrolId, IReadOnlyList<PatrolPointInput> points)
    {
        var (at, lon, lat, accuracy) = Columns(points);
        // DISTINCT ON rather than ON CONFLICT: the patrol has no points to conflict with, and a speculative insertion per row costs.
        Sql.Add(batch, """
            INSERT INTO patrol_points (patrol_id, at, lon, lat, accuracy)
            SELECT DISTINCT ON (t.at) $1, t.at, t.lon, t.lat, t.accuracy
            FROM unnest($2::timestamptz[], $3::float8[], $4::float8[], $5::float8[]) WITH ORDINALITY AS t (at, lon, lat, accuracy, n)
            ORDER BY t.at, t.n
            """, patrolId, at, lon, lat, accuracy);
    }

    /// <summary>
    /// The SQL of a track drawn from points sent as arrays (<c>$at</c>, <c>$lon</c>, <c>$lat</c>) between two times, as
    /// <see cref="AddDraw"/> draws it from the stored points (the first of a time sent twice counts): for a whole track
    /// uploaded at once, the patrol's row is written with its track instead of being written again.
    /// </summary>
    public static string TrackFromArraysSql(int at, int lon, int lat, int from, int to) => $"""
        (SELECT ST_SetSRID(ST_MakeLine(ST_MakePointM(pts.lon, pts.lat, extract(epoch FROM pts.at)) ORDER BY pts.at), 4326)
         FROM (SELECT DISTINCT ON (t.at) t.at, t.lon, t.lat
               FROM unnest(${at}::timestamptz[], ${lon}::float8[], ${lat}::float8[]) WITH ORDINALITY AS t (at, lon, lat, n)
               WHERE t.at BETWEEN ${from} AND ${to} ORDER BY t.at, t.n) pts
         HAVING count(*) >= 2)
        """;

    /// <summary>The arrays <see cref="TrackFromArraysSql"/> reads.</summary>
    public static (DateTimeOffset[] At, double[] Lon, double[] Lat) TrackColumns(IReadOnlyList<PatrolPointInput> points)
    {
        var (at, lon, lat, _) = Columns(points);
        return (at, lon, lat);
    }

    /// <summary>How many points of <paramref name="points"/> PostgreSQL keeps apart: it keeps times to the microsecond.</summary>
    public static int DistinctTimes(IReadOnlyList<PatrolPointInput> points) => points.Select(p => Microseconds(p.At!.Value)).Distinct().Count();

    /// <summary>A time as PostgreSQL stores it: in UTC, to the microsecond.</summary>
    public static DateTimeOffset Microseconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000), TimeSpan.Zero);

    /// <summary>
    /// Draws the track from the points between start and end (a LINESTRING M, M = Unix seconds; none with fewer than two
    /// points) and measures it: the part inside <paramref name="grid"/>, and its distance over time, whose end is its length.
    /// </summary>
    public static async Task<DrawnTrack> DrawAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid patrolId, DateTimeOffset start, DateTimeOffset end, Geometry grid, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        AddDraw(batch, patrolId, start, end, grid);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadDrawnAsync(reader, cancellationToken);
    }

    /// <summary>Adds to <paramref name="batch"/> the statements of <see cref="DrawAsync"/>; read their answers with <see cref="ReadDrawnAsync"/>.</summary>
    public static void AddDraw(NpgsqlBatch batch, Guid patrolId, DateTimeOffset start, DateTimeOffset end, Geometry grid)
    {
        Sql.Add(batch, """
            UPDATE patrols SET track = line.track
            FROM (SELECT ST_SetSRID(ST_MakeLine(ST_MakePointM(lon, lat, extract(epoch FROM at)) ORDER BY at), 4326) AS track
                  FROM patrol_points WHERE patrol_id = $1 AND at BETWEEN $2 AND $3 HAVING count(*) >= 2) AS line
            WHERE id = $1
            """, patrolId, start, end);
        AddMeasure(batch, patrolId, start, end, grid);
    }

    /// <summary>Adds to <paramref name="batch"/> the measures of a drawn track (the second part of <see cref="AddDraw"/>).</summary>
    public static void AddMeasure(NpgsqlBatch batch, Guid patrolId, DateTimeOffset start, DateTimeOffset end, Geometry grid)
    {
        Sql.Add(batch, """
            SELECT COALESCE(ST_Length(ST_Intersection(ST_Force2D(track), ST_SetSRID($2::geometry, 4326))::geography), 0) AS inside_meters,
                   ST_AsGeoJSON(ST_Force2D(track), 7) AS geojson
            FROM patrols WHERE id = $1
            """, patrolId, grid);
        Sql.Add(batch, """
            SELECT extract(epoch FROM at)::float8 AS seconds, COALESCE(sum(step) OVER (ORDER BY at), 0)::float8 AS meters
            FROM (SELECT at, ST_Distance(ST_MakePoint(lon, lat)::geography, ST_MakePoint(lag(lon) OVER w, lag(lat) OVER w)::geography) AS step
                  FROM patrol_points WHERE patrol_id = $1 AND at BETWEEN $2 AND $3
                  WINDOW w AS (ORDER BY at)) AS steps
            ORDER BY at
            """, patrolId, start, end);
    }

    /// <summary>Reads the answers of <see cref="AddMeasure"/>'s statements, the reader standing on the first of them.</summary>
    public static async Task<DrawnTrack> ReadDrawnAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var inside = reader.GetDouble(reader.GetOrdinal("inside_meters"));
        var geojson = reader.GetOrdinal("geojson");
        var track = reader.IsDBNull(geojson) ? null : JsonSerializer.Deserialize<GeoJsonLineString>(reader.GetString(geojson), JsonSerializerOptions.Web);
        await reader.NextResultAsync(cancellationToken);
        var (secondsAt, metersAt) = (reader.GetOrdinal("seconds"), reader.GetOrdinal("meters"));
        List<double> seconds = [], walked = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            seconds.Add(reader.GetDouble(secondsAt));
            walked.Add(reader.GetDouble(metersAt));
        }

        // The length is the distance walked by the last point: the same geodesic steps ST_Length of the track would add
        // up again (they agree to 1e-7 m), measured once.
        return new DrawnTrack(walked.Count > 0 ? walked[^1] : 0, inside, new TrackProfile(seconds, walked), track);
    }

    private static (DateTimeOffset[] At, double[] Lon, double[] Lat, double?[] Accuracy) Columns(IReadOnlyList<PatrolPointInput> points) => (
        points.Select(p => p.At!.Value.ToUniversalTime()).ToArray(),
        points.Select(p => p.Lon!.Value).ToArray(),
        points.Select(p => p.Lat!.Value).ToArray(),
        points.Select(p => p.Accuracy).ToArray());

    /// <summary>The track as GeoJSON: the finished one, or the points so far; null with fewer than two points.</summary>
    public static async Task<GeoJsonLineString?> GeoJsonAsync(NpgsqlDataSource database, Guid patrolId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(database, """
            SELECT ST_AsGeoJSON(ST_Force2D(COALESCE(p.track,
                       (SELECT ST_MakeLine(ST_MakePoint(lon, lat) ORDER BY at) FROM patrol_points WHERE patrol_id = p.id HAVING count(*) >= 2))), 7)
            FROM patrols p WHERE p.id = $1
            """, patrolId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<GeoJsonLineString>(json, JsonSerializerOptions.Web)
            : null;
    }
}
