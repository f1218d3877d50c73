namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>What a report says of the problem, beyond what the engine knows of the issue.</summary>
public sealed record NewIssue(string Description, double Lat, double Lon, string? Address, DateTimeOffset DiscoveredAt);
