namespace GridFlow.Notifications.Jobs;

/// <summary>A city or county supervisor and the region they watch.</summary>
public sealed record Supervisor(UserContact User, string RegionName, string RegionPath);
