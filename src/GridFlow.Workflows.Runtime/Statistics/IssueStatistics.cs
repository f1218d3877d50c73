using GridFlow.Contracts.Regions;
using GridFlow.Regions.Directory;

namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>
/// The figures behind the dashboards and the map (<c>/api/stats</c>), counted by the database from the issue and
/// escalation rows in one set-based statement per kind of figure, for a <see cref="StatsScope"/>.
/// </summary>
public sealed class IssueStatistics(NpgsqlDataSource database, RegionDirectory regions, GridSpatialIndex grids)
{
    /// <summary>How far back a trend reads at most (three years), so a month a year back can be compared.</summary>
    public const int MaxMonths = 36;

    public async Task<StatsSummary> SummaryAsync(StatsScope scope, StatsPeriod period, CancellationToken cancellationToken)
    {
        var tallies = await TallyAsync("''::text", scope, period.Start, period.End, StatsFilter.None, cancellationToken);
        var tally = tallies.GetValueOrDefault("") ?? new FigureTally();
        await CardsAsync("''::text", scope, period.Start, period.End, tallies, cancellationToken);
        tally = tallies.GetValueOrDefault("") ?? tally;
        return new StatsSummary(
            scope.Region?.Id.ToString(), scope.Region?.Name, scope.Region is { } r ? LevelName(r.Level) : null, period.FromText, period.ToText,
            tally.ToFigures(), tally.Cards.GetValueOrDefault(EscalationCards.Yellow), tally.Cards.GetValueOrDefault(EscalationCards.Red),
            tally.Cards.GetValueOrDefault(EscalationCards.Interview), new SortedDictionary<string, int>(tally.ByStatus.ToDictionary(), StringComparer.Ordinal));
    }

    public async Task<List<CategoryFigures>> ByCategoryAsync(StatsScope scope, StatsPeriod period, CancellationToken cancellationToken)
    {
        var tallies = await TallyAsync("i.category", scope, period.Start, period.End, StatsFilter.None, cancellationToken);
        return [.. tallies.Select(t => new CategoryFigures(t.Key, t.Value.ToFigures()))
            .OrderByDescending(c => c.Figures.Received).ThenBy(c => c.Category, StringComparer.Ordinal)];
    }

    /// <summary>The region's parts (a city's counties, a county's townships, a township's grids), ranked; parts without issues included.</summary>
    public async Task<List<ChildRegionFigures>> ByChildAsync(StatsScope scope, StatsPeriod period, CancellationToken cancellationToken)
    {
        var level = scope.Region?.Level;
        var key = level switch
        {
            null => "i.city_id::text",
            RegionLevel.City => "i.county_id::text",
            RegionLevel.County => "i.region_id::text",
            _ => "i.grid_id::text",
        };
        var tallies = await TallyAsync(key, scope, period.Start, period.End, StatsFilter.None, cancellationToken);
        await CardsAsync(key, scope, period.Start, period.End, tallies, cancellationToken);

        List<(string Id, string Code, string Name, string Level)> parts;
        if (level == RegionLevel.Township)
        {
            var snapshot = await grids.GetSnapshotAsync(cancellationToken);
            parts = [.. snapshot.InTownship(scope.Region!.Id).Where(g => scope.Grids is null || scope.Grids.Contains(g.Id))
                .OrderBy(g => g.Code, StringComparer.Ordinal).Select(g => (g.Id.ToString(), g.Code, g.Name, "grid"))];
        }
        else
        {
            parts = [.. (await regions.ChildrenAsync(scope.Region?.Id, cancellationToken)).Select(r => (r.Id.ToString(), r.Code, r.Name, LevelName(r.Level)))];
        }

        var rows = parts.Select(p => (Part: p, Tally: tallies.GetValueOrDefault(p.Id) ?? new FigureTally()))
            .Select(p => (p.Part, Figures: p.Tally.ToFigures(), p.Tally.Cards))
            .OrderByDescending(p => p.Figures.OnTimeRate ?? -1).ThenByDescending(p => p.Figures.ClosureRate ?? -1)
            .ThenByDescending(p => p.Figures.Received).ThenBy(p => p.Part.Code, StringComparer.Ordinal)
            .ToList();
        return [.. rows.Select((p, i) => new ChildRegionFigures(p.Part.Id, p.Part.Code, p.Part.Name, p.Part.Level, i + 1, p.Figures,
            p.Cards.GetValueOrDefault(EscalationCards.Yellow), p.Cards.GetValueOrDefault(EscalationCards.Red)))];
    }

    /// <summary><paramref name="months"/> months ending with the month of <paramref name="last"/>, each compared with the month before and a year before.</summary>
    public async Task<List<TrendMonth>> TrendAsync(StatsScope scope, DateOnly last, int months, CancellationToken cancellationToken)
    {
        var firstShown = new DateOnly(last.Year, last.Month, 1).AddMonths(1 - months);
        var firstRead = firstShown.AddMonths(-12);
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1);
        const string month = "to_char(i.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
        // The months shown get every figure; the twelve before them are only compared with, so only counted (the
        // on-time rule is the costly part of a tally).
        var tallies = await TallyAsync(month, scope, StatsPeriod.Instant(firstShown), StatsPeriod.Instant(end), StatsFilter.None, cancellationToken);
        var earlier = await ReceivedAsync(month, scope, StatsPeriod.Instant(firstRead), StatsPeriod.Instant(firstShown), cancellationToken);
        int Received(DateOnly m) => tallies.GetValueOrDefault(MonthKey(m))?.Received ?? earlier.GetValueOrDefault(MonthKey(m));
        return [.. Enumerable.Range(0, months).Select(n => firstShown.AddMonths(n)).Select(m => new TrendMonth(
            MonthKey(m), Text(m), Text(m.AddMonths(1).AddDays(-1)),
            (tallies.GetValueOrDefault(MonthKey(m)) ?? new FigureTally()).ToFigures(),
            Change(Received(m), Received(m.AddMonths(-1))), Change(Received(m), Received(m.AddMonths(-12)))))];
    }

    /// <summary>Open issues per grid of the scope, for the map's colours.</summary>
    public async Task<List<GridOpenIssues>> OpenByGridAsync(StatsScope scope, (DateTimeOffset? Start, DateTimeOffset? End) bounds, StatsFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        var result = new List<GridOpenIssues>();
        await using var command = Command(StatsSql.OpenByGrid, scope, bounds.Start, bounds.End, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var grid = snapshot.Find(reader.GetGuid(0));
            result.Add(new GridOpenIssues(reader.GetGuid(0).ToString(), grid?.Code ?? "", grid?.Name ?? "", grid?.RegionId.ToString() ?? "", reader.GetInt32(1), reader.GetInt32(2)));
        }

        return [.. result.OrderByDescending(g => g.Open).ThenBy(g => g.Code, StringComparer.Ordinal)];
    }

    /// <summary>The newest issues matching the filters, at most <paramref name="limit"/>, and how many match.</summary>
    public async Task<IssuePoints> PointsAsync(StatsScope scope, (DateTimeOffset? Start, DateTimeOffset? End) bounds, StatsFilter filter, int limit, CancellationToken cancellationToken)
    {
        var items = new List<IssuePoint>();
        await using (var command = Command(StatsSql.Points, scope, bounds.Start, bounds.End, filter, limit))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(new IssuePoint(reader.GetGuid(0).ToString(), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4),
                    reader.GetDouble(5), reader.GetDouble(6), reader.GetFieldValue<DateTimeOffset>(7)));
            }
        }

        var total = items.Count;
        if (items.Count == limit)
        {
            await using var count = Command(StatsSql.Count, scope, bounds.Start, bounds.End, filter);
            total = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        return new IssuePoints(items, total, total > items.Count);
    }

    private async Task<Dictionary<string, FigureTally>> TallyAsync(
        string key, StatsScope scope, DateTimeOffset? from, DateTimeOffset? to, StatsFilter filter, CancellationToken cancellationToken)
    {
        var tallies = new Dictionary<string, FigureTally>(StringComparer.Ordinal);
        await using var command = Command(StatsSql.Tally(key), scope, from, to, filter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var slice = reader.GetString(0);
            if (!tallies.TryGetValue(slice, out var tally))
            {
                tallies[slice] = tally = new FigureTally();
            }

            tally.Add(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        }

        return tallies;
    }

    private async Task<Dictionary<string, int>> ReceivedAsync(string key, StatsScope scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var received = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = Command(StatsSql.Received(key), scope, from, to, StatsFilter.None);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            received[reader.GetString(0)] = reader.GetInt32(1);
        }

        return received;
    }

    private async Task CardsAsync(string key, StatsScope scope, DateTimeOffset from, DateTimeOffset to, Dictionary<string, FigureTally> tallies, CancellationToken cancellationToken)
    {
        await using var command = Command(StatsSql.Cards(key), scope, from, to, StatsFilter.None);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var slice = reader.GetString(0);
            if (!tallies.TryGetValue(slice, out var tally))
            {
                tallies[slice] = tally = new FigureTally();
            }

            tally.Cards[reader.GetString(1)] = reader.GetInt32(2);
        }
    }

    private NpgsqlCommand Command(string sql, StatsScope scope, DateTimeOffset? from, DateTimeOffset? to, StatsFilter filter, int? limit = null)
    {
        var command = Sql.Command(database, sql, Sql.Text(scope.Prefix), new NpgsqlParameter { Value = (object?)scope.Grids ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid },
            Sql.Timestamp(from), Sql.Timestamp(to), Sql.Text(filter.Status), Sql.Text(filter.Category),
            new NpgsqlParameter { Value = (object?)filter.Overdue ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Boolean }, Sql.Text(filter.Source), Sql.Uuid(filter.GridId));
        if (limit is { } n)
        {
            command.Parameters.Add(Sql.Integer(n));
        }

        return command;
    }

    private static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static double? Change(int now, int before) => before == 0 ? null : Math.Round((double)(now - before) / before, 4);

    public static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.City => "city",
        RegionLevel.County => "county",
        _ => "township",
    };
}
