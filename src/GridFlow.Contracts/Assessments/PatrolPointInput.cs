using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>One GPS fix of a patrol: where (WGS84) and when; <c>accuracy</c> is the phone's estimate in metres.</summary>
public sealed record PatrolPointInput(
    [property: Required, Range(-90.0, 90.0)] double? Lat,
    [property: Required, Range(-180.0, 180.0)] double? Lon,
    [property: Required] DateTimeOffset? At,
    [property: Range(0.0, 100_000.0)] double? Accuracy);
