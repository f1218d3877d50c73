using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Townships' and counties' figures for a run (api.md, "region-figures"): the issue counts from the runtime
/// (<see cref="RegionWorkFacts"/>, for the run's period as of its snapshot) and the missed reports from the run's own
/// scorecards (the facts of its <c>missedReport</c> lines), so they are the very missed reports the inspectors lost
/// points for. Every township assessed in the run or with an issue in the period is listed, within what the caller sees.
/// </summary>
public sealed class RegionFigureReader(NpgsqlDataSource database, RegionDirectory regions, IOptions<AssessmentOptions> options)
{
    private const string MissedSql = """
        SELECT r.region_id, r.county_id, coalesce(sum(json_array_length(l->'facts')) FILTER (WHERE l->>'kind' = 'missedReport'), 0)::int
        FROM assessment_results r LEFT JOIN LATERAL json_array_elements(r.lines) l ON true
        WHERE r.run_id = $1 AND ($2::text IS NULL OR r.region_path LIKE $2 || '%')
        GROUP BY r.region_id, r.county_id
        """;

    /// <summary>Null when <paramref name="regionId"/> names no region.</summary>
    public async Task<List<RegionFigures>?> ReadAsync(Caller caller, AssessmentRun run, string level, Guid? regionId, CancellationToken cancellationToken)
    {
        var path = RegionPaths.Narrower(caller.RegionPrefix, run.RegionPath);
        if (regionId is { } id)
        {
            if (await regions.FindAsync(id, cancellationToken) is not { } region)
            {
                return null;
            }

            path = RegionPaths.Narrower(path, region.Path);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var period = AssessmentPeriod.Of(run.PeriodFrom, run.PeriodTo, zone);
        var asOf = run.FactsAsOf ?? run.FinishedAt ?? period.End!.Value;

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var issues = await RegionWorkFacts.FiguresAsync(connection, null, period.Start!.Value, period.End!.Value, asOf, path, cancellationToken);
        var townships = issues.ToDictionary(f => f.TownshipId, f => (f.CountyId, Figures: f, Missed: 0));
        await using (var command = Sql.Command(connection, null, MissedSql, run.Id, Sql.Text(path)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var township = reader.GetGuid(0);
                var figures = townships.TryGetValue(township, out var known) ? known.Figures : new RegionIssueFigures(township, reader.GetGuid(1), 0, 0, 0, 0, 0);
                townships[township] = (reader.GetGuid(1), figures, reader.GetInt32(2));
            }
        }

        var groups = townships.Values.GroupBy(t => level == RankingLevels.County ? t.CountyId : t.Figures.TownshipId);
        var answer = new List<RegionFigures>();
        foreach (var group in groups)
        {
            var name = (await regions.FindAsync(group.Key, cancellationToken))?.Name ?? "";
            answer.Add(new RegionFigures(group.Key.ToString(), name,
                group.Sum(t => t.Figures.Received), group.Sum(t => t.Figures.Closed), group.Sum(t => t.Figures.ClosedOnTime),
                group.Sum(t => t.Figures.YellowCards), group.Sum(t => t.Figures.RedCards), group.Sum(t => t.Missed)));
        }

        return answer.OrderBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.RegionId, StringComparer.Ordinal).ToList();
    }
}
