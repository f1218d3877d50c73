namespace GridFlow.Notifications.Rendering;

/// <summary>The task as templates see it; <see cref="DueAt"/> is local time, <c>yyyy-MM-dd HH:mm</c>.</summary>
public sealed record TaskModel(string Id, string Name, string? DueAt);
