using GridFlow.Notifications.Delivery;

namespace GridFlow.Notifications.Jobs;

/// <summary>A city or county supervisor and the region they watch.</summary>
public sealed record Supervisor(Recipient User, string RegionName, string RegionPath);
