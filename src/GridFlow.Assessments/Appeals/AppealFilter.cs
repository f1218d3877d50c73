namespace GridFlow.Assessments.Appeals;

/// <summary>What an appeal list keeps: a run and a status.</summary>
public sealed record AppealFilter(Guid? RunId, string? Status);
