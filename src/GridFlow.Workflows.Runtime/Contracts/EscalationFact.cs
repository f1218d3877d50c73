namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>An escalation (a yellow or red card, an interview) raised on a task assigned to an inspector.</summary>
public sealed record EscalationFact(Guid EscalationId, Guid IssueId, Guid TaskId, string Card, Guid InspectorId, DateTimeOffset RaisedAt);
