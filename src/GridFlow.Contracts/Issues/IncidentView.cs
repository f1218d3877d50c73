namespace GridFlow.Contracts.Issues;

/// <summary>A transition that failed and was rolled back; <c>resolvedAt</c> is null until a retry succeeds.</summary>
public sealed record IncidentView(string Id, string? ActivityId, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt);
