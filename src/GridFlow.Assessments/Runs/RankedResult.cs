using GridFlow.Assessments.Scoring;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Runs;

/// <summary>An inspector's scored result placed in the hierarchy (township, county, city), with its ranks once ranked.</summary>
public sealed record RankedResult(RosterInspector Inspector, IReadOnlyList<Guid> GridIds, ScoredResult Result, Guid CountyId, Guid CityId)
{
    public int RankInTownship { get; set; }

    public int RankInCounty { get; set; }

    public int RankInCity { get; set; }
}
