namespace GridFlow.Contracts.Assessments;

/// <summary>
/// One county's or township's standing in a run: how many of its inspectors were assessed, their mean score, how many
/// reached each grade of the scheme (every grade, in the scheme's order, 0 included), the best three and the worst three
/// (worst first).
/// </summary>
public sealed record RegionRanking(
    string RegionId,
    string Name,
    int Inspectors,
    decimal MeanScore,
    IReadOnlyDictionary<string, int> Grades,
    IReadOnlyList<ResultView> Top,
    IReadOnlyList<ResultView> Bottom);
