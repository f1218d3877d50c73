namespace GridFlow.Assessments.Runs;

/// <summary>
/// Ranks by score, best first, within each township, county and city: competition ranking (1, 2, 2, 4), so equal
/// scores share a place and nobody is ranked above an equal.
/// </summary>
public static class Ranking
{
    public static void Assign(IReadOnlyList<RankedResult> results)
    {
        Rank(results, r => r.Inspector.RegionId, (r, rank) => r.RankInTownship = rank);
        Rank(results, r => r.CountyId, (r, rank) => r.RankInCounty = rank);
        Rank(results, r => r.CityId, (r, rank) => r.RankInCity = rank);
    }

    /// <summary>The competition rank of each score among <paramref name="scores"/> (any order).</summary>
    public static Dictionary<decimal, int> Of(IEnumerable<decimal> scores)
    {
        var ranks = new Dictionary<decimal, int>();
        var position = 0;
        foreach (var score in scores.OrderByDescending(s => s))
        {
            position++;
            ranks.TryAdd(score, position);
        }

        return ranks;
    }

    private static void Rank(IReadOnlyList<RankedResult> results, Func<RankedResult, Guid> group, Action<RankedResult, int> set)
    {
        foreach (var members in results.GroupBy(group))
        {
            var ranks = Of(members.Select(m => m.Result.Score));
            foreach (var member in members)
            {
                set(member, ranks[member.Result.Score]);
            }
        }
    }
}
