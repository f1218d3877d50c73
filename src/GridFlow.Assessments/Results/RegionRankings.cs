using GridFlow.Regions.Directory;
using GridFlow.Assessments.Scoring;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Rankings per county or township, in memory from the run's result rows (<see cref="ResultRows"/>): the rows come best
/// first, so a group's top three are its first and its bottom three its last, and one pass makes every figure. Regions
/// are listed best mean first, then by name.
/// </summary>
public sealed class RegionRankings(RegionDirectory regions)
{
    public const int Shown = 3;

    public async Task<List<RegionRanking>> RankAsync(IReadOnlyList<ResultRow> rows, string level, SchemeRules scheme, CancellationToken cancellationToken)
    {
        var rankings = new List<RegionRanking>();
        foreach (var group in rows.GroupBy(r => level == RankingLevels.County ? r.CountyId : r.TownshipId))
        {
            var members = group.ToList();
            var grades = scheme.Grades.ToDictionary(g => g.Grade, _ => 0, StringComparer.Ordinal);
            foreach (var row in members)
            {
                // A grade a revised scheme no longer lists still counts, rather than vanish from the distribution.
                grades[row.View.Grade] = grades.GetValueOrDefault(row.View.Grade) + 1;
            }

            var name = (await regions.FindAsync(group.Key, cancellationToken))?.Name ?? "";
            var mean = Math.Round(members.Average(r => r.View.Score), 2, MidpointRounding.AwayFromZero);
            var bottom = members.TakeLast(Shown).Reverse().Select(r => r.View).ToList();
            rankings.Add(new RegionRanking(group.Key.ToString(), name, members.Count, mean, grades, members.Take(Shown).Select(r => r.View).ToList(), bottom));
        }

        return rankings.OrderByDescending(r => r.MeanScore).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.RegionId, StringComparer.Ordinal).ToList();
    }
}
