namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A county's or township's own figures for a run's period, from the same facts as its inspectors' results: issues
/// received in its grids, of those closed and closed on time (api.md), yellow and red cards raised on its issues, and
/// the missed reports its inspectors' scorecards list.
/// </summary>
public sealed record RegionFigures(
    string RegionId,
    string Name,
    int IssuesReceived,
    int IssuesClosed,
    int IssuesClosedOnTime,
    int YellowCards,
    int RedCards,
    int MissedReports);
