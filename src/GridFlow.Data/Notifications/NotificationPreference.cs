namespace GridFlow.Data.Notifications;

/// <summary>A user's choice to get (or not) email for one kind of notification; in-app notifications always arrive.</summary>
public class NotificationPreference
{
    public required string UserId { get; set; }

    public required string Kind { get; set; }

    public bool Email { get; set; }
}
