using GridFlow.Assessments.Options;
using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Assessments;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// The month's facts, grid by grid in one seeded pass: the grid's patrols (by whoever was responsible that day), then
/// its issues — most found on one of those patrols by its inspector and reported minutes later (some a day or more
/// late), the rest by supervisors, the public or a neighbouring inspector on a cross-check, half of those near an
/// earlier report of the grid's inspector (same category, within 150 m, a few days later: not a missed report) and half
/// not (a missed report) — and its pollution sources.
/// </summary>
public sealed class FactLoader(AssessmentOptions options, ProvinceLayout layout, ProvinceIds ids, GridOwners owners, AssessedMonth month, LifecycleShape shape)
{
    private const int Seed = 20261201;

    public IssueWriter? Issues { get; private set; }

    public async Task<Dictionary<string, ulong>> LoadAsync(string connectionString)
    {
        var random = new Random(Seed);
        var stages = StagePlan.Create(options.Issues, options.Tasks, random);
        await using var streams = await FactStreams.OpenAsync(connectionString);
        var patrols = new PatrolMaker(random, new PatrolRuleOptions());
        var issues = new IssueWriter(streams, shape, ids, month, random);
        var sources = new SourceWriter(streams, ids, random);
        Issues = issues;
        var issue = 0;
        for (var grid = 0; grid < layout.Grids; grid++)
        {
            var place = Place(grid);
            var made = await WritePatrolsAsync(streams, patrols, place, random, Share(options.Patrols, grid));
            var reports = new List<ReportFact>();
            var count = Share(options.Issues, grid);
            for (var i = 0; i < count; i++, issue++)
            {
                await WriteIssueAsync(issues, place, stages[issue], made, reports, random);
            }

            await sources.WriteAsync(place, made, owners.OwnerAt(grid, month.StartUtc.AddDays(-60)), month.StartUtc.AddDays(-60));
        }

        return await streams.CompleteAsync();
    }

    /// <summary>An equal share of <paramref name="total"/> for each grid, the remainder to the first grids.</summary>
    private int Share(int total, int grid) => (total / layout.Grids) + (grid < total % layout.Grids ? 1 : 0);

    private GridPlace Place(int grid)
    {
        var (township, county, city) = (layout.TownshipOfGrid(grid), layout.CountyOfGrid(grid), layout.CityOfGrid(grid));
        var (lon, lat) = layout.CellOrigin(grid);
        return new GridPlace(grid, township, county, city, ids.Grids[grid], ids.Townships[township], ids.Counties[county], ids.Cities[city],
            ProvinceLayout.TownshipPath(township), lon, lat, lon + ProvinceLayout.CellLon, lat + ProvinceLayout.CellLat);
    }

    private async Task<List<PatrolFact>> WritePatrolsAsync(FactStreams streams, PatrolMaker maker, GridPlace place, Random random, int count)
    {
        var made = new List<PatrolFact>(count);
        for (var i = 0; i < count; i++)
        {
            // A working day's patrol: started between 08:00 and 16:30 China time on a day of the month.
            var day = random.Next(month.Days);
            var start = month.DayStart(day).AddHours(8 + (random.NextDouble() * 8.5));
            var inspector = owners.OwnerAt(place.Grid, start);
            var patrol = maker.Make(inspector, start, place.MinLon, place.MinLat, place.MaxLon, place.MaxLat);
            made.Add(patrol);
            var writer = streams.Patrols;
            await writer.StartRowAsync();
            await writer.WriteAsync(patrol.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(ids.Inspectors[inspector], NpgsqlDbType.Uuid);
            await writer.WriteAsync(place.GridId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(ids.InspectorUserIds[inspector], NpgsqlDbType.Varchar);
            await writer.WriteAsync(PatrolStatuses.Finished, NpgsqlDbType.Varchar);
            await writer.WriteAsync(patrol.StartedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(patrol.EndedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(patrol.Points.Length, NpgsqlDbType.Integer);
            // Raw EWKB: the server's geometry_recv reads it straight into geometry(LineStringM, 4326).
            await writer.WriteAsync(patrol.Track, NpgsqlDbType.Bytea);
            await writer.WriteAsync(patrol.Summary.Minutes, NpgsqlDbType.Double);
            await writer.WriteAsync(patrol.Summary.Km, NpgsqlDbType.Double);
            await writer.WriteAsync(patrol.Summary.InsideRatio, NpgsqlDbType.Double);
            await writer.WriteAsync(patrol.Summary.MaxKmh, NpgsqlDbType.Double);
            await writer.WriteAsync(patrol.Reasons.Count == 0, NpgsqlDbType.Boolean);
            await writer.WriteAsync(patrol.Reasons.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await writer.WriteAsync(patrol.EndedAt.AddSeconds(random.Next(5, 600)), NpgsqlDbType.TimestampTz);
        }

        made.Sort((a, b) => a.StartedAt.CompareTo(b.StartedAt));
        return made;
    }

    private async Task WriteIssueAsync(IssueWriter writer, GridPlace place, IssueStage stage, List<PatrolFact> patrols, List<ReportFact> reports, Random random)
    {
        var category = shape.Categories[random.Next(shape.Categories.Count)];
        var earliest = month.EndUtc.AddDays(-StagePlan.EarliestDaysBeforeEnd(stage, month.Days));
        var roll = random.NextDouble();
        int OwnerAt(DateTime at) => owners.OwnerAt(place.Grid, at);
        if (roll < 0.83 && patrols.Count > 0)
        {
            // Found on a patrol of the grid's inspector: on the track, during the walk.
            var candidates = patrols.FindIndex(p => p.StartedAt >= earliest) is var first and >= 0 ? patrols.Count - first : 0;
            var patrol = candidates > 0 ? patrols[patrols.Count - 1 - random.Next(candidates)] : patrols[^1];
            // On the track, but inside the grid: a walk that left it found nothing that counts for this grid out there.
            var fix = patrol.Points[random.Next(patrol.Points.Length)];
            var point = fix with { Lon = Math.Clamp(fix.Lon, place.MinLon + 1e-5, place.MaxLon - 1e-5), Lat = Math.Clamp(fix.Lat, place.MinLat + 1e-5, place.MaxLat - 1e-5) };
            var discovered = patrol.StartedAt.AddSeconds(random.NextDouble() * (patrol.EndedAt - patrol.StartedAt).TotalSeconds);
            var reported = random.NextDouble() < 0.04 ? discovered.AddHours(26 + (random.NextDouble() * 44)) : discovered.AddMinutes(1 + (random.NextDouble() * 20));
            reported = reported < month.Now ? reported : discovered.AddMinutes(5);
            reports.Add(new ReportFact(discovered, point.Lon, point.Lat, category));
            await writer.WriteAsync(place, stage, OwnerAt, category, "patrol", discovered, reported, point.Lon, point.Lat,
                ids.InspectorUserIds[patrol.Inspector], patrol.Inspector);
            return;
        }

        // Someone else found it: near an earlier report of the grid's inspector (a duplicate find) or not (a missed report).
        double lon, lat;
        DateTime found;
        var recent = reports.FindAll(r => r.DiscoveredAt.AddDays(1) >= earliest);
        if (recent.Count > 0 && random.NextDouble() < 0.5)
        {
            var earlier = recent[random.Next(recent.Count)];
            category = earlier.Category;
            found = earlier.DiscoveredAt.AddDays(1 + (random.NextDouble() * 4));
            var (dLon, dLat) = ((random.NextDouble() - 0.5) * 0.0016, (random.NextDouble() - 0.5) * 0.0012);   // within about 100 m
            (lon, lat) = (Math.Clamp(earlier.Lon + dLon, place.MinLon + 1e-5, place.MaxLon - 1e-5), Math.Clamp(earlier.Lat + dLat, place.MinLat + 1e-5, place.MaxLat - 1e-5));
        }
        else
        {
            found = earliest.AddSeconds(random.NextDouble() * (month.EndUtc - earliest).TotalSeconds);
            (lon, lat) = (place.MinLon + (random.NextDouble() * (place.MaxLon - place.MinLon)), place.MinLat + (random.NextDouble() * (place.MaxLat - place.MinLat)));
        }

        found = found < month.EndUtc ? found : month.EndUtc.AddHours(-1 - random.NextDouble());
        var at = found.AddMinutes(2 + (random.NextDouble() * 30));
        var who = random.NextDouble();
        if (who < 0.45)
        {
            var city = random.NextDouble() < 0.3;
            await writer.WriteAsync(place, stage, OwnerAt, category, "supervisor", found, at, lon, lat,
                city ? ids.CityUserIds[place.City] : ids.CountyUserIds[place.County], null);
        }
        else if (who < 0.8)
        {
            // A hotline complaint entered by the township's officer.
            await writer.WriteAsync(place, stage, OwnerAt, category, "public", found, at, lon, lat, ids.OfficerUserIds[place.Township], null);
        }
        else
        {
            // A cross-check by the inspector of another grid of the township.
            var other = (place.Grid / layout.GridsPerTownship * layout.GridsPerTownship) + ((place.Grid + 3) % layout.GridsPerTownship);
            var checker = owners.OwnerAt(other == place.Grid ? place.Grid ^ 1 : other, found);
            await writer.WriteAsync(place, stage, OwnerAt, category, "cross-check", found, at, lon, lat, ids.InspectorUserIds[checker], checker);
        }
    }
}
