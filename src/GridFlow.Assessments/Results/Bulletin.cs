namespace GridFlow.Assessments.Results;

/// <summary>What a run's bulletin (月度通报) shows, county by county.</summary>
public sealed record Bulletin(
    string SchemeName, AssessmentRun Run, DateTimeOffset At, IReadOnlyList<string> Grades, IReadOnlyList<BulletinCounty> Counties,
    IReadOnlyDictionary<string, string> TownshipNames);
