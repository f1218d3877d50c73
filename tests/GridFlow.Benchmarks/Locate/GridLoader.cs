using System.Globalization;
using GridFlow.Contracts.Regions;
using GridFlow.Data.Statements;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Locate;

/// <summary>
/// Writes the lattice's regions and grids with binary COPY. EF is bypassed on purpose: this is a bulk
/// loader, and EF's audit interceptor would add an audit row per grid and take minutes instead of seconds.
/// Column names and formats follow the Foundation migration (snake_case, enums by name, WKB boundaries).
/// </summary>
public static class GridLoader
{
    /// <summary>Loads everything and returns the id of the city region.</summary>
    public static async Task<Guid> LoadAsync(string connectionString, GridLattice lattice)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var (cityId, townshipIds) = await WriteRegionsAsync(connection);
        await WriteGridsAsync(connection, lattice, townshipIds);
        // Fresh statistics, so the app's first queries on the table do not plan for an empty one.
        await using var analyze = Sql.Command(connection, null, "ANALYZE regions; ANALYZE grids");
        await analyze.ExecuteNonQueryAsync();
        return cityId;
    }

    private static async Task<(Guid CityId, Guid[] TownshipIds)> WriteRegionsAsync(NpgsqlConnection connection)
    {
        var cityId = Guid.CreateVersion7();
        var townshipIds = new Guid[LocateOptions.Townships];
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY regions (id, code, name, level, parent_id, path, extent) FROM STDIN (FORMAT BINARY)");
        var cityPath = $"/{GridLattice.CityCode}/";
        await WriteRegionAsync(writer, cityId, GridLattice.CityCode, "Bench city", RegionLevel.City, null, cityPath);
        for (var county = 0; county < GridLattice.Counties; county++)
        {
            var countyId = Guid.CreateVersion7();
            var countyCode = GridLattice.CountyCode(county);
            var countyPath = $"{cityPath}{countyCode}/";
            var countyName = string.Create(CultureInfo.InvariantCulture, $"Bench county {county + 1:D2}");
            await WriteRegionAsync(writer, countyId, countyCode, countyName, RegionLevel.County, cityId, countyPath);
            for (var i = 0; i < GridLattice.TownshipsPerCounty; i++)
            {
                var township = (county * GridLattice.TownshipsPerCounty) + i;
                var code = GridLattice.TownshipCode(township);
                townshipIds[township] = Guid.CreateVersion7();
                var name = string.Create(CultureInfo.InvariantCulture, $"Bench township {county + 1:D2}-{i + 1:D2}");
                await WriteRegionAsync(writer, townshipIds[township], code, name, RegionLevel.Township, countyId, $"{countyPath}{code}/");
            }
        }

        await writer.CompleteAsync();
        return (cityId, townshipIds);
    }

    private static async Task WriteRegionAsync(
        NpgsqlBinaryImporter writer, Guid id, string code, string name, RegionLevel level, Guid? parentId, string path)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(code, NpgsqlDbType.Varchar);
        await writer.WriteAsync(name, NpgsqlDbType.Varchar);
        await writer.WriteAsync(level.ToString(), NpgsqlDbType.Varchar);
        if (parentId is { } parent)
        {
            await writer.WriteAsync(parent, NpgsqlDbType.Uuid);
        }
        else
        {
            await writer.WriteNullAsync();
        }

        await writer.WriteAsync(path, NpgsqlDbType.Varchar);
        // No extent: locate does not use it, and it only matters when validating edited boundaries.
        await writer.WriteNullAsync();
    }

    private static async Task WriteGridsAsync(NpgsqlConnection connection, GridLattice lattice, Guid[] townshipIds)
    {
        var wkb = new WKBWriter();   // the same writer PolygonToWkbConverter uses, so the app reads what it wrote
        var now = DateTime.UtcNow;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY grids (id, code, name, region_id, boundary, inspector_id, created_at, updated_at, min_lon, min_lat, max_lon, max_lat) " +
            "FROM STDIN (FORMAT BINARY)");
        for (var grid = 0; grid < lattice.GridCount; grid++)
        {
            var polygon = lattice.CellPolygon(grid);
            var envelope = polygon.EnvelopeInternal;
            var code = lattice.GridCode(grid);
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(code, NpgsqlDbType.Varchar);
            await writer.WriteAsync($"Grid {code}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(townshipIds[grid / lattice.GridsPerTownship], NpgsqlDbType.Uuid);
            await writer.WriteAsync(wkb.Write(polygon), NpgsqlDbType.Bytea);
            await writer.WriteNullAsync();
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(envelope.MinX, NpgsqlDbType.Double);
            await writer.WriteAsync(envelope.MinY, NpgsqlDbType.Double);
            await writer.WriteAsync(envelope.MaxX, NpgsqlDbType.Double);
            await writer.WriteAsync(envelope.MaxY, NpgsqlDbType.Double);
        }

        await writer.CompleteAsync();
    }
}
