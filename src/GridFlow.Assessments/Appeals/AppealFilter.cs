namespace GridFlow.Assessments.Appeals;

/// <summary>What an appeal list keeps: a run, a status, an inspector.</summary>
public sealed record AppealFilter(Guid? RunId, string? Status, Guid? InspectorId = null);
