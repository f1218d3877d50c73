namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>A task of an inspector done after its due time, or still open past it (<see cref="CompletedAt"/> null).</summary>
public sealed record LateTaskFact(Guid TaskId, Guid IssueId, string Name, Guid InspectorId, DateTimeOffset DueAt, DateTimeOffset? CompletedAt);
