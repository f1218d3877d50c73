namespace GridFlow.Contracts.Assessments;

/// <summary>How many points of a batch were new, and how many the patrol already had (by time).</summary>
public sealed record AddPatrolPointsResult(int Accepted, int Duplicates);
