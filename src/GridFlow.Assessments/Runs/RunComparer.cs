using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Two runs side by side, per inspector (<c>GET /api/assessment-runs/{id}/compare/{otherId}</c>). Each side is the run's
/// results the caller sees (<see cref="RunAccess.Visible"/>, as the results list), within the region asked for, read
/// without the scorecards' lines as <c>ResultRows</c> reads them (a province's 20,000 rows are milliseconds); the two are
/// joined, filtered, ordered and paged here, in memory. Why not SQL: a full outer join is what EF cannot say, and this is
/// no hot path (ADR 0004), while the side figures need every row of both sides anyway.
/// </summary>
public sealed class RunComparer(GridFlowDbContext db, SchemeStore schemes, RegionDirectory regions)
{
    private sealed record Side(Guid InspectorId, string InspectorName, Guid RegionId, decimal Score, string Grade, int Rank);

    /// <summary>Null when <see cref="ComparisonQuery.RegionId"/> names no region.</summary>
    public async Task<RunComparison?> CompareAsync(Caller caller, AssessmentRun a, AssessmentRun b, ComparisonQuery query, PageQuery paging, CancellationToken cancellationToken)
    {
        string? prefix = null;
        if (query.RegionId is { } id)
        {
            if (await regions.FindAsync(id, cancellationToken) is not { } region)
            {
                return null;
            }

            prefix = region.Path;
        }

        var left = await ReadAsync(caller, a.Id, prefix, cancellationToken);
        var right = await ReadAsync(caller, b.Id, prefix, cancellationToken);
        var rows = new List<ComparedResult>(Math.Max(left.Count, right.Count));
        foreach (var (inspectorId, x) in left)
        {
            var y = right.GetValueOrDefault(inspectorId);
            rows.Add(Row(x, y));
        }

        rows.AddRange(right.Values.Where(y => !left.ContainsKey(y.InspectorId)).Select(y => Row(null, y)));
        var kept = query.ChangedOnly ? rows.Where(r => r.GradeChanged) : rows;
        var ordered = Order(kept, query.Sort, query.Descending).ToList();
        var page = ordered.Skip(paging.Skip).Take(paging.Size).ToList();
        return new RunComparison(
            await SideAsync(a, left.Values, cancellationToken), await SideAsync(b, right.Values, cancellationToken), page, ordered.Count, paging.PageNumber, paging.Size);
    }

    private async Task<Dictionary<Guid, Side>> ReadAsync(Caller caller, Guid runId, string? regionPrefix, CancellationToken cancellationToken)
    {
        var results = caller.Visible(db.AssessmentResults.AsNoTracking().Where(r => r.RunId == runId));
        if (regionPrefix is not null)
        {
            results = results.Where(r => r.RegionPath.StartsWith(regionPrefix));
        }

        return await results.Select(r => new Side(r.InspectorId, r.InspectorName, r.RegionId, r.Score, r.Grade, r.RankInCity))
            .ToDictionaryAsync(r => r.InspectorId, cancellationToken);
    }

    private static ComparedResult Row(Side? a, Side? b)
    {
        var named = (b ?? a)!;
        var both = a is not null && b is not null;
        return new ComparedResult(
            named.InspectorId.ToString(), named.InspectorName, named.RegionId.ToString(), a?.Score, a?.Grade, a?.Rank, b?.Score, b?.Grade, b?.Rank,
            both ? b!.Score - a!.Score : null, both ? a!.Rank - b!.Rank : null, !both || !string.Equals(a!.Grade, b!.Grade, StringComparison.Ordinal));
    }

    /// <summary>The key's order, rows without a value for it last, then by name and id so that pages never overlap.</summary>
    private static IEnumerable<ComparedResult> Order(IEnumerable<ComparedResult> rows, string sort, bool descending)
    {
        if (sort == ComparisonSorts.Name)
        {
            var byName = descending ? rows.OrderByDescending(r => r.InspectorName, StringComparer.Ordinal) : rows.OrderBy(r => r.InspectorName, StringComparer.Ordinal);
            return byName.ThenBy(r => r.InspectorId, StringComparer.Ordinal);
        }

        Func<ComparedResult, decimal?> key = sort switch
        {
            ComparisonSorts.ScoreA => r => r.ScoreA,
            ComparisonSorts.Difference => r => r.Difference,
            ComparisonSorts.RankChange => r => r.RankChange,
            _ => r => r.ScoreB,
        };
        var present = rows.OrderBy(r => key(r) is null);
        var sorted = descending ? present.ThenByDescending(key) : present.ThenBy(key);
        return sorted.ThenBy(r => r.InspectorName, StringComparer.Ordinal).ThenBy(r => r.InspectorId, StringComparer.Ordinal);
    }

    private async Task<RunComparisonSide> SideAsync(AssessmentRun run, IEnumerable<Side> results, CancellationToken cancellationToken)
    {
        var rows = results.ToList();
        var rules = await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken);
        var grades = rules.Grades.ToDictionary(g => g.Grade, _ => 0, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // A grade a revised scheme no longer lists still counts, as in the rankings.
            grades[row.Grade] = grades.GetValueOrDefault(row.Grade) + 1;
        }

        decimal? mean = rows.Count > 0 ? Math.Round(rows.Average(r => r.Score), 2, MidpointRounding.AwayFromZero) : null;
        return new RunComparisonSide(
            run.Id.ToString(), run.SchemeId, run.SchemeVersion, run.Kind, run.PeriodFrom, run.PeriodTo, run.RegionId?.ToString(), run.Status, rows.Count, mean, grades);
    }
}
