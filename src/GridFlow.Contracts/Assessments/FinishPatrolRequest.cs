using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

public sealed record FinishPatrolRequest([property: Required] DateTimeOffset? EndedAt);
