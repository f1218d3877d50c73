namespace GridFlow.Assessments.Patrols;

/// <summary>The patrol list's filters: whose, which grid, started within which dates, counted or not.</summary>
public sealed record PatrolFilter(Guid? InspectorId, Guid? GridId, AssessmentPeriod Period, bool? Valid);
