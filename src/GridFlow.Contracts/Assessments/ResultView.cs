namespace GridFlow.Contracts.Assessments;

/// <summary>One inspector's result in a run, without its scorecard's lines. <c>revision</c> grows with each upheld appeal.</summary>
public record ResultView(
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
    int Revision);
