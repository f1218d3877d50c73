namespace GridFlow.Contracts.Assessments;

/// <summary>One inspector's result with every line of the scorecard and the facts that produced it.</summary>
public sealed record ScorecardView(
    string InspectorId,
    string InspectorName,
    IReadOnlyList<string> GridIds,
    string RegionId,
    decimal Score,
    string Grade,
    decimal Pay,
    int RankInTownship,
    int RankInCounty,
    int RankInCity,
    int Revision,
    string RunId,
    string SchemeId,
    int SchemeVersion,
    DateOnly From,
    DateOnly To,
    decimal Base,
    IReadOnlyList<ScorecardLine> Lines)
    : ResultView(InspectorId, InspectorName, GridIds, RegionId, Score, Grade, Pay, RankInTownship, RankInCounty, RankInCity, Revision);
