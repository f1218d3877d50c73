namespace GridFlow.Contracts.Assessments;

/// <summary>
/// One inspector in two runs. A side the inspector has no result in (hired after A, gone before B, moved out of the
/// region compared) is null. <c>rankA</c>/<c>rankB</c> are the ranks in the city in each run; <c>difference</c> is
/// scoreB − scoreA and <c>rankChange</c> rankA − rankB (positive: B ranks the inspector higher), both null unless the
/// inspector is in both; <c>gradeChanged</c> is true when the grades differ, or the inspector is in one run only.
/// </summary>
public sealed record ComparedResult(
    string InspectorId,
    string InspectorName,
    string RegionId,
    decimal? ScoreA,
    string? GradeA,
    int? RankA,
    decimal? ScoreB,
    string? GradeB,
    int? RankB,
    decimal? Difference,
    int? RankChange,
    bool GradeChanged);
