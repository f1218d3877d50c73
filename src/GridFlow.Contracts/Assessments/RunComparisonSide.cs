namespace GridFlow.Contracts.Assessments;

/// <summary>
/// One run of a comparison: what it assessed (scheme, kind, period, region) and, over its results compared, how many
/// inspectors, their mean score (null when none) and how many reached each grade (the scheme's grades in its order, 0 included).
/// </summary>
public sealed record RunComparisonSide(
    string RunId,
    string SchemeId,
    int SchemeVersion,
    string Kind,
    DateOnly From,
    DateOnly To,
    string? RegionId,
    string Status,
    int Inspectors,
    decimal? MeanScore,
    IReadOnlyDictionary<string, int> Grades);
