using Npgsql;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>The demo city as the bulk loader needs it, read straight from the seeded tables.</summary>
public sealed record CityRows(IReadOnlyDictionary<Guid, TownshipRow> Townships, IReadOnlyList<GridRow> Grids)
{
    public static async Task<CityRows> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var townships = new Dictionary<Guid, TownshipRow>();
        await using (var command = new NpgsqlCommand("""
            SELECT t.id, t.path, c.id, c.parent_id FROM regions t JOIN regions c ON c.id = t.parent_id
            WHERE t.level = 'Township' AND c.level = 'County'
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var countyId = reader.GetGuid(2);
                townships[reader.GetGuid(0)] = new TownshipRow(reader.GetGuid(0), reader.GetString(1), countyId, reader.IsDBNull(3) ? countyId : reader.GetGuid(3));
            }
        }

        var grids = new List<GridRow>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, region_id, inspector_id, (min_lat + max_lat) / 2, (min_lon + max_lon) / 2 FROM grids ORDER BY code", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                grids.Add(new GridRow(reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetDouble(3), reader.GetDouble(4)));
            }
        }

        if (townships.Count == 0 || grids.Count == 0 || grids.Any(g => !townships.ContainsKey(g.TownshipId)))
        {
            throw new InvalidOperationException($"the demo city looks incomplete: {townships.Count} townships, {grids.Count} grids");
        }

        return new CityRows(townships, grids);
    }
}
