using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>A batch of a recording patrol's points, in any order; a point whose time the patrol has already is a duplicate.</summary>
public sealed record AddPatrolPointsRequest([property: Required] IReadOnlyList<PatrolPointInput>? Points);
