namespace GridFlow.Assessments.Results;

/// <summary>One county's part of the bulletin: its ranking, its inspectors on the dismissal list, its own figures and its townships'.</summary>
public sealed record BulletinCounty(
    RegionRanking Ranking, IReadOnlyList<DismissalCandidate> Dismissals, RegionFigures? Figures, IReadOnlyList<RegionFigures> Townships);
