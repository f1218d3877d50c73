namespace GridFlow.Contracts.Assessments;

/// <summary>A confirmed dismissal: the inspector's status is now <c>Dismissed</c>, on the strength of <c>runId</c>.</summary>
public sealed record DismissalView(string InspectorId, string Status, string RunId, string Reason, string DismissedBy, DateTimeOffset DismissedAt);
