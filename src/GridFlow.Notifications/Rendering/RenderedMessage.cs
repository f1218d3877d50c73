namespace GridFlow.Notifications.Rendering;

/// <summary>A rendered notification: subject (one line) and plain-text body.</summary>
public sealed record RenderedMessage(string Subject, string Body);
