namespace GridFlow.Notifications.Rendering;

/// <summary>The run as the <c>assessment-result</c> template sees it: scheme name, period (yyyy-MM-dd) and id.</summary>
public sealed record RunModel(string Id, string Scheme, string From, string To);
