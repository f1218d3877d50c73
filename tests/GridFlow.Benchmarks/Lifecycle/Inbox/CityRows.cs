using GridFlow.Data.Statements;
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
        await using (var command = Sql.Command(connection, null, """
            SELECT t.id AS township_id, t.path, c.id AS county_id, c.parent_id AS city_id FROM regions t JOIN regions c ON c.id = t.parent_id
            WHERE t.level = 'Township' AND c.level = 'County'
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (id, countyId, city) = (reader.GetGuid(reader.GetOrdinal("township_id")), reader.GetGuid(reader.GetOrdinal("county_id")), reader.GetOrdinal("city_id"));
                townships[id] = new TownshipRow(id, reader.GetString(reader.GetOrdinal("path")), countyId, reader.IsDBNull(city) ? countyId : reader.GetGuid(city));
            }
        }

        var grids = new List<GridRow>();
        await using (var command = Sql.Command(
            connection, null, "SELECT id, region_id, inspector_id, (min_lat + max_lat) / 2 AS lat, (min_lon + max_lon) / 2 AS lon FROM grids ORDER BY code"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var inspector = reader.GetOrdinal("inspector_id");
                grids.Add(new GridRow(
                    reader.GetGuid(reader.GetOrdinal("id")), reader.GetGuid(reader.GetOrdinal("region_id")), reader.IsDBNull(inspector) ? null : reader.GetGuid(inspector),
                    reader.GetDouble(reader.GetOrdinal("lat")), reader.GetDouble(reader.GetOrdinal("lon"))));
            }
        }

        if (townships.Count == 0 || grids.Count == 0 || grids.Any(g => !townships.ContainsKey(g.TownshipId)))
        {
            throw new InvalidOperationException($"the demo city looks incomplete: {townships.Count} townships, {grids.Count} grids");
        }

        return new CityRows(townships, grids);
    }
}
