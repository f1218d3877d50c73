namespace GridFlow.Notifications.Rendering;

/// <summary>Who a notification is for, as templates see it.</summary>
public sealed record RecipientModel(string Name, string UserName);
