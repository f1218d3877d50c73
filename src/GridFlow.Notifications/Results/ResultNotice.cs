namespace GridFlow.Notifications.Results;

/// <summary>The run a result notification is about: its scheme's name and its period (inclusive China-time dates).</summary>
public sealed record ResultNotice(Guid RunId, string SchemeName, DateOnly From, DateOnly To);
