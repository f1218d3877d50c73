using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>A visit at a source: when, where the phone was (near the source), at least one photo (attachment ids).</summary>
public sealed record PollutionSourceCheckInRequest(
    [property: Required] DateTimeOffset? At,
    [property: Required, Range(-90.0, 90.0)] double? Lat,
    [property: Required, Range(-180.0, 180.0)] double? Lon,
    [property: Required, MaxLength(20)] IReadOnlyList<string>? Photos,
    [property: StringLength(2000)] string? Notes);
