namespace GridFlow.Web.Components.Issues;

/// <summary>An activity of a lifecycle drawing: its id, type, name (if it has one) and designer position.</summary>
public sealed record LifecycleNode(string Id, string Type, string? Name, double X, double Y);
