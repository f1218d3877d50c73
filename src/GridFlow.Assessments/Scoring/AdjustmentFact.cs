namespace GridFlow.Assessments.Scoring;

/// <summary>A manual adjustment of the period.</summary>
public sealed record AdjustmentFact(Guid Id, Guid InspectorId, DateTimeOffset At, decimal Points, string Reason);
