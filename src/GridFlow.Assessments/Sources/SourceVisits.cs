namespace GridFlow.Assessments.Sources;

/// <summary>
/// When sources were last visited, and how far a point is from one: PostGIS, geodesic (ADR 0004: EF Core has no
/// translation of <c>ST_DWithin</c> on <c>geography</c>). A visit is the end of a valid patrol of the source's grid whose
/// track passes within the distance (recorded by <see cref="SourcePasses"/>), or a check-in at the source.
/// </summary>
public static class SourceVisits
{
    /// <summary>The latest visit of each source among <c>$1</c> (<c>uuid[]</c>) by valid patrols passing within <c>$2</c> metres, or by a check-in.</summary>
    private const string LastVisitsSql = """
        SELECT s.id,
               GREATEST(
                   (SELECT max(x.ended_at) FROM patrol_source_passes x JOIN patrols p ON p.id = x.patrol_id
                    WHERE x.source_id = s.id AND x.meters <= $2 AND p.valid),
                   (SELECT max(c.at) FROM pollution_source_check_ins c WHERE c.source_id = s.id)) AS last_visited_at
        FROM pollution_sources s
        WHERE s.id = ANY($1)
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
