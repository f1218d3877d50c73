namespace GridFlow.Assessments.Results;

/// <summary>The levels a run's results are grouped by: the inspectors' county or township.</summary>
public static class RankingLevels
{
    public const string County = "county";
    public const string Township = "township";

    public static bool IsKnown(string? level) => level is County or Township;
}
