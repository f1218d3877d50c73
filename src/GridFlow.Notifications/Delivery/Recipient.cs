namespace GridFlow.Notifications.Delivery;

/// <summary>A user a notification goes to.</summary>
public sealed record Recipient(string UserId, string UserName, string DisplayName, string? Email);
