using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A new pollution source of a grid: where it is (WGS84, inside the grid), what it is, whether it is a key source, and how
/// often it must be visited (by default weekly for key sources, every two weeks for others). Photos are attachment ids.
/// </summary>
public sealed record CreatePollutionSourceRequest(
    [property: Required] Guid? GridId,
    [property: Required, StringLength(200, MinimumLength = 1)] string? Name,
    [property: Required, AllowedValues(
        PollutionSourceKinds.Restaurant, PollutionSourceKinds.ConstructionSite, PollutionSourceKinds.SmallWorkshop, PollutionSourceKinds.Boiler,
        PollutionSourceKinds.CoalYard, PollutionSourceKinds.LivestockFarm, PollutionSourceKinds.DrinkingWaterSource, PollutionSourceKinds.Other)] string? Kind,
    [property: Required, Range(-90.0, 90.0)] double? Lat,
    [property: Required, Range(-180.0, 180.0)] double? Lon,
    [property: Required] bool? Key,
    [property: Range(1, 366)] int? VisitEveryDays,
    [property: StringLength(2000)] string? Notes,
    [property: MaxLength(20)] IReadOnlyList<string>? Photos);
