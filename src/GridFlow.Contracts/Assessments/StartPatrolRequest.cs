using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// Starts a patrol of one grid. With <c>endedAt</c> (and the points) the whole finished track is uploaded at once;
/// without it the patrol is recording and its points come in batches.
/// </summary>
public sealed record StartPatrolRequest(
    [property: Required] Guid? GridId,
    [property: Required] DateTimeOffset? StartedAt,
    IReadOnlyList<PatrolPointInput>? Points,
    DateTimeOffset? EndedAt);
