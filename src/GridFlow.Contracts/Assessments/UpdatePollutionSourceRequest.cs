using System.ComponentModel.DataAnnotations;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A source's new values; it stays in its grid. A left-out <c>visitEveryDays</c> is the default for its <c>key</c>, left-out
/// notes are none, and left-out photos keep the ones it has.
/// </summary>
public sealed record UpdatePollutionSourceRequest(
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
