namespace GridFlow.Notifications.Email;

/// <summary>A mail this node holds under lease while it sends it.</summary>
public sealed record ClaimedEmail(Guid Id, string To, string Subject, string Body, int Attempts);
