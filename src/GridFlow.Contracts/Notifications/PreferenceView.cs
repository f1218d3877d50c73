namespace GridFlow.Contracts.Notifications;

/// <summary>Whether the caller gets email for one notification kind (in-app notifications always arrive).</summary>
public sealed record PreferenceView(string Kind, bool Email);
