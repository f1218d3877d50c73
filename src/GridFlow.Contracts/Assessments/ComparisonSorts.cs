namespace GridFlow.Contracts.Assessments;

/// <summary>The orders of a comparison (<c>?sort=</c>, with <c>desc=true|false</c>, descending by default); an inspector missing a side's value comes last either way.</summary>
public static class ComparisonSorts
{
    public const string ScoreB = "scoreB";
    public const string ScoreA = "scoreA";
    public const string Difference = "difference";
    public const string RankChange = "rankChange";
    public const string Name = "name";

    public static readonly IReadOnlyList<string> All = [ScoreB, ScoreA, Difference, RankChange, Name];
}
