namespace GridFlow.Notifications.Delivery;

/// <summary>An outbox row that can never be delivered as written (unknown rule or template): marked failed, not retried.</summary>
public sealed class UndeliverableException(string message) : Exception(message);
