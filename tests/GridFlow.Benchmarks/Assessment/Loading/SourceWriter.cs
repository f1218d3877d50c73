using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Assessments;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Two pollution sources per grid, recorded by its inspector before the month, most of them key sources (visited
/// weekly); most lie on one of the month's valid patrol tracks (so they count as visited), the others in the grid's east
/// end, which the walks keep away from (never visited).
/// </summary>
public sealed class SourceWriter(FactStreams streams, ProvinceIds ids, Random random)
{
    private const int PerGrid = 2;

    public async Task WriteAsync(GridPlace place, List<PatrolFact> patrols, int recordedBy, DateTime recordedAt)
    {
        var valid = patrols.Where(p => p.Reasons.Count == 0).ToList();
        for (var i = 0; i < PerGrid; i++)
        {
            var kind = PollutionSourceKinds.All[random.Next(PollutionSourceKinds.All.Count)];
            var key = random.NextDouble() < 0.75;
            double lon, lat;
            if (valid.Count > 0 && random.NextDouble() < 0.7)
            {
                var point = valid[random.Next(valid.Count)].Points[random.Next(10)];
                (lon, lat) = (point.Lon + ((random.NextDouble() - 0.5) * 0.0004), point.Lat + ((random.NextDouble() - 0.5) * 0.0003));
            }
            else
            {
                // In the grid's east end, more than 100 m from any walk (Assessments:SourceVisitMeters): never visited.
                var width = place.MaxLon - place.MinLon;
                (lon, lat) = (place.MinLon + (width * (0.88 + (random.NextDouble() * 0.07))), place.MinLat + ((0.05 + (random.NextDouble() * 0.9)) * (place.MaxLat - place.MinLat)));
            }

            var writer = streams.Sources;
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(recordedAt), NpgsqlDbType.Uuid);
            await writer.WriteAsync(place.GridId, NpgsqlDbType.Uuid);
            await writer.WriteAsync($"{Name(kind)} {i + 1}号", NpgsqlDbType.Varchar);
            await writer.WriteAsync(kind, NpgsqlDbType.Varchar);
            await writer.WriteAsync(Ewkb.Point(lon, lat), NpgsqlDbType.Bytea);
            await writer.WriteAsync(key, NpgsqlDbType.Boolean);
            await writer.WriteAsync(key ? 7 : 14, NpgsqlDbType.Integer);   // Assessments:KeySourceVisitEveryDays / SourceVisitEveryDays
            await writer.WriteNullAsync();
            await writer.WriteAsync(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            await writer.WriteAsync(ids.InspectorUserIds[recordedBy], NpgsqlDbType.Varchar);
            await writer.WriteAsync(recordedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(recordedAt, NpgsqlDbType.TimestampTz);
        }
    }

    private static string Name(string kind) => kind switch
    {
        PollutionSourceKinds.Restaurant => "餐馆",
        PollutionSourceKinds.ConstructionSite => "建筑工地",
        PollutionSourceKinds.SmallWorkshop => "小作坊",
        PollutionSourceKinds.Boiler => "锅炉房",
        PollutionSourceKinds.CoalYard => "煤场",
        PollutionSourceKinds.LivestockFarm => "养殖场",
        PollutionSourceKinds.DrinkingWaterSource => "饮用水水源地",
        _ => "其他污染源",
    };
}
