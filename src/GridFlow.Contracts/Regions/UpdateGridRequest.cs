namespace GridFlow.Contracts.Regions;

/// <summary>Replaces a grid's name and boundary. The responsible inspector changes through its own endpoint, which keeps the history.</summary>
public sealed record UpdateGridRequest(
    [property: Required, StringLength(128, MinimumLength = 1)] string? Name,
    [property: Required] GeoJsonPolygon? Boundary);
