namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// What a report says of the problem (or a started case of itself), beyond what the engine knows of it; the
/// cross-check it was found in, if any.
/// </summary>
public sealed record NewIssue(string Description, double Lat, double Lon, string? Address, DateTimeOffset DiscoveredAt, Guid? CrossCheckId = null);
