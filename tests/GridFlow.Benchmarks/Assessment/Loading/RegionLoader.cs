using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Regions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Regions (20 cities as roots, their counties and townships), one square grid per inspector, the inspectors and the
/// assignment history, with binary COPY. Columns as the Foundation migration made them (enums by name, WKB
/// boundaries with their bounding box, as <c>Grid.SetBoundary</c> keeps it).
/// </summary>
public sealed class RegionLoader(ProvinceLayout layout, ProvinceIds ids, GridOwners owners, AssessedMonth month)
{
    private readonly GeometryFactory geometry = new(new PrecisionModel(), 4326);

    public async Task<long> LoadAsync(NpgsqlConnection connection)
    {
        var rows = await WriteRegionsAsync(connection);
        rows += await WriteInspectorsAsync(connection);
        rows += await WriteGridsAsync(connection);
        rows += await WriteAssignmentsAsync(connection);
        return rows;
    }

    private async Task<long> WriteRegionsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY regions (id, code, name, level, parent_id, path) FROM STDIN (FORMAT BINARY)");
        for (var city = 0; city < layout.Cities; city++)
        {
            await RowAsync(writer, ids.Cities[city], ProvinceLayout.CityCode(city), $"测试市{city + 1:D2}", RegionLevel.City, null, ProvinceLayout.CityPath(city));
        }

        for (var county = 0; county < layout.Counties; county++)
        {
            var city = ProvinceLayout.CityOfCounty(county);
            await RowAsync(writer, ids.Counties[county], ProvinceLayout.CountyCode(county),
                $"测试市{city + 1:D2}第{(county % ProvinceLayout.CountiesPerCity) + 1}区", RegionLevel.County, ids.Cities[city], ProvinceLayout.CountyPath(county));
        }

        for (var township = 0; township < layout.Townships; township++)
        {
            var county = ProvinceLayout.CountyOfTownship(township);
            await RowAsync(writer, ids.Townships[township], ProvinceLayout.TownshipCode(township),
                $"第{(township % ProvinceLayout.TownshipsPerCounty) + 1}街道", RegionLevel.Township, ids.Counties[county], ProvinceLayout.TownshipPath(township));
        }

        return (long)await writer.CompleteAsync();
    }

    private static async Task RowAsync(NpgsqlBinaryImporter writer, Guid id, string code, string name, RegionLevel level, Guid? parent, string path)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(code, NpgsqlDbType.Varchar);
        await writer.WriteAsync(name, NpgsqlDbType.Varchar);
        await writer.WriteAsync(level.ToString(), NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(parent, NpgsqlDbType.Uuid);
        await writer.WriteAsync(path, NpgsqlDbType.Varchar);
    }

    private async Task<long> WriteInspectorsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY inspectors (id, name, phone, email, status, hire_date, region_id, user_id) FROM STDIN (FORMAT BINARY)");
        for (var inspector = 0; inspector < layout.Grids; inspector++)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(ids.Inspectors[inspector], NpgsqlDbType.Uuid);
            await writer.WriteAsync(InspectorNames.For(inspector), NpgsqlDbType.Varchar);
            await writer.WriteAsync(FormattableString.Invariant($"139{inspector:D8}"), NpgsqlDbType.Varchar);
            await writer.WriteNullAsync();
            await writer.WriteAsync(inspector % 25 == 0 ? nameof(InspectorStatus.Probation) : nameof(InspectorStatus.Active), NpgsqlDbType.Varchar);
            await writer.WriteAsync(HireDate(inspector), NpgsqlDbType.Date);
            await writer.WriteAsync(ids.Townships[layout.TownshipOfGrid(inspector)], NpgsqlDbType.Uuid);
            // The upload phase's inspectors are linked when the host provisions their accounts.
            await writer.WriteOrNullAsync(ids.IsUploadInspector(inspector) ? null : ids.InspectorUserIds[inspector], NpgsqlDbType.Varchar);
        }

        return (long)await writer.CompleteAsync();
    }

    private async Task<long> WriteGridsAsync(NpgsqlConnection connection)
    {
        var wkb = new WKBWriter();   // the writer PolygonToWkbConverter uses
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY grids (id, code, name, region_id, boundary, inspector_id, created_at, updated_at, min_lon, min_lat, max_lon, max_lat) FROM STDIN (FORMAT BINARY)");
        var created = month.StartUtc.AddYears(-1);
        for (var grid = 0; grid < layout.Grids; grid++)
        {
            var (lon, lat) = layout.CellOrigin(grid);
            var (maxLon, maxLat) = (lon + ProvinceLayout.CellLon, lat + ProvinceLayout.CellLat);
            var polygon = geometry.CreatePolygon([new(lon, lat), new(maxLon, lat), new(maxLon, maxLat), new(lon, maxLat), new(lon, lat)]);
            var code = layout.GridCode(grid);
            await writer.StartRowAsync();
            await writer.WriteAsync(ids.Grids[grid], NpgsqlDbType.Uuid);
            await writer.WriteAsync(code, NpgsqlDbType.Varchar);
            await writer.WriteAsync($"网格 {code}", NpgsqlDbType.Varchar);
            await writer.WriteAsync(ids.Townships[layout.TownshipOfGrid(grid)], NpgsqlDbType.Uuid);
            await writer.WriteAsync(wkb.Write(polygon), NpgsqlDbType.Bytea);
            await writer.WriteAsync(ids.Inspectors[owners.Current(grid)], NpgsqlDbType.Uuid);
            await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(owners.Swaps(grid) ? owners.SwapAt : created, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(lon, NpgsqlDbType.Double);
            await writer.WriteAsync(lat, NpgsqlDbType.Double);
            await writer.WriteAsync(maxLon, NpgsqlDbType.Double);
            await writer.WriteAsync(maxLat, NpgsqlDbType.Double);
        }

        return (long)await writer.CompleteAsync();
    }

    /// <summary>One open assignment per grid from the inspector's hire; a swapped grid also has its closed first one.</summary>
    private async Task<long> WriteAssignmentsAsync(NpgsqlConnection connection)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY grid_assignments (grid_id, inspector_id, \"from\", \"to\", assigned_by) FROM STDIN (FORMAT BINARY)");
        for (var grid = 0; grid < layout.Grids; grid++)
        {
            var by = ProvinceIds.CountyUserName(layout.CountyOfGrid(grid));
            var hired = HireDate(grid).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - AssessedMonth.ChinaOffset;
            if (owners.Swaps(grid))
            {
                await AssignmentAsync(writer, grid, grid, hired, owners.SwapAt, by);
                await AssignmentAsync(writer, grid, owners.Partner(grid), owners.SwapAt, null, by);
            }
            else
            {
                await AssignmentAsync(writer, grid, grid, hired, null, by);
            }
        }

        return (long)await writer.CompleteAsync();
    }

    private async Task AssignmentAsync(NpgsqlBinaryImporter writer, int grid, int inspector, DateTime from, DateTime? to, string by)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(ids.Grids[grid], NpgsqlDbType.Uuid);
        await writer.WriteAsync(ids.Inspectors[inspector], NpgsqlDbType.Uuid);
        await writer.WriteAsync(from, NpgsqlDbType.TimestampTz);
        await writer.WriteOrNullAsync(to, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(by, NpgsqlDbType.Varchar);
    }

    /// <summary>Hired over the five years before the month, all before it.</summary>
    private DateOnly HireDate(int inspector) => month.From.AddDays(-30 - (int)((inspector * 7919L) % 1800));
}
