namespace GridFlow.Assessments.Sources;

/// <summary>
/// When sources were last visited, and how far a point is from one: PostGIS, geodesic (ADR 0004: EF Core has no
/// translation of <c>ST_DWithin</c> on <c>geography</c>). A visit is the end of a valid patrol of the source's grid whose
/// track passes within the distance, or a check-in at the source.
/// </summary>
public static class SourceVisits
{
    /// <summary>
    /// The latest visit of each source among <c>$1</c> (<c>uuid[]</c>) with patrols passing within <c>$2</c> metres: the
    /// patrols' GiST index on <c>track</c> answers the pre-filter of <see cref="NearSourceSql"/> (a planar radius a little larger than the
    /// distance: 110 km per degree is below both the length of a degree of latitude and, divided by the cosine, of
    /// longitude); <c>ST_DWithin</c> on geography then decides exactly. Public for the test that reads its plan.
    /// </summary>
    public const string LastVisitsSql = $"""
        SELECT s.id,
               GREATEST(
                   (SELECT max(p.ended_at) FROM patrols p
                    WHERE p.grid_id = s.grid_id AND p.valid
                      AND {NearSourceSql}),
                   (SELECT max(c.at) FROM pollution_source_check_ins c WHERE c.source_id = s.id)) AS last_visited_at
        FROM pollution_sources s
        WHERE s.id = ANY($1)
        """;

    /// <summary>
    /// A patrol <c>p</c> whose track passes within <c>$2</c> metres of the source <c>s</c>: first a planar test in degrees with a
    /// radius no geodesic distance of <c>$2</c> metres can exceed (110 km per degree is below a degree of latitude and, divided
    /// by the cosine, of longitude), which the GiST index on <c>track</c> answers and which is cheap for the tracks that pass
    /// far off; then the exact geodesic test for the few left (see <see cref="LastVisitsSql"/>). Shared with the assessment run,
    /// where it decides forty thousand sources' visits at once: the geodesic test alone on every nearby track cost seconds.
    /// </summary>
    public const string NearSourceSql = """
        ST_DWithin(p.track, s.location, $2 / (110000.0 * cos(radians(least(abs(ST_Y(s.location)), 89.0)))))
          AND ST_DWithin(ST_Force2D(p.track)::geography, s.location::geography, $2)
        """;

    /// <summary>The latest visit of each source that has one (<see cref="LastVisitsSql"/>).</summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> LastAsync(NpgsqlDataSource database, IReadOnlyCollection<Guid> sourceIds, double meters, CancellationToken cancellationToken)
    {
        var visits = new Dictionary<Guid, DateTimeOffset>();
        if (sourceIds.Count == 0)
        {
            return visits;
        }

        await using var command = Sql.Command(database, LastVisitsSql, sourceIds.ToArray(), meters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (id, at) = (reader.GetOrdinal("id"), reader.GetOrdinal("last_visited_at"));
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(at))
            {
                visits[reader.GetGuid(id)] = reader.GetFieldValue<DateTimeOffset>(at);
            }
        }

        return visits;
    }

    /// <summary>Metres (geodesic) from the source to (<paramref name="lon"/>, <paramref name="lat"/>).</summary>
    public static async Task<double> DistanceAsync(NpgsqlDataSource database, Guid sourceId, double lon, double lat, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(database,
            "SELECT ST_Distance(location::geography, ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography) FROM pollution_sources WHERE id = $1",
            sourceId, lon, lat);
        return (double)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
