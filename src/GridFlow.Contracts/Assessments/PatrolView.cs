namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A patrol and, once finished, its summary: minutes from start to end, geodesic length, the share of that length
/// inside the grid, the top speed over any stretch, and whether it counts (with the reasons when it does not).
/// Issues the inspector reported while it ran link to it.
/// </summary>
public record PatrolView(
    string Id,
    string InspectorId,
    string GridId,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int Points,
    double? Minutes,
    double? Km,
    double? InsideRatio,
    double? MaxKmh,
    bool? Valid,
    IReadOnlyList<string> InvalidReasons,
    IReadOnlyList<string> IssueIds);
