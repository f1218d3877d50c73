namespace GridFlow.Assessments.Runs;

/// <summary>Rows as the API shows them.</summary>
public static class RunViews
{
    public static RunView Of(AssessmentRun r) => new(
        r.Id.ToString(), r.SchemeId, r.SchemeVersion, r.Kind, r.PeriodFrom, r.PeriodTo, r.RegionId?.ToString(), r.Trigger, r.Status, r.Phase,
        r.RequestedBy, r.CreatedAt, r.StartedAt, r.FactsAsOf, r.FinishedAt, r.Inspectors, r.Error);

    public static ResultView Of(AssessmentResult r) => new(
        r.InspectorId.ToString(), r.InspectorName, r.GridIds.Select(g => g.ToString()).ToList(), r.RegionId.ToString(), r.Score, r.Grade, r.Pay,
        r.RankInTownship, r.RankInCounty, r.RankInCity, r.Revision);
}
