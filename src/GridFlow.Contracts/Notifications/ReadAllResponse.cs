namespace GridFlow.Contracts.Notifications;

/// <summary>How many notifications <c>read-all</c> marked as read.</summary>
public sealed record ReadAllResponse(int Marked);
