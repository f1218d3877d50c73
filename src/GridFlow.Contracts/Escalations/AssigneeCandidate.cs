namespace GridFlow.Contracts.Escalations;

/// <summary>Someone an escalated task may be reassigned to (<c>GET /api/escalations/{id}/assignees</c>): <c>userName</c> goes into the action's <c>assignee</c>.</summary>
public sealed record AssigneeCandidate(string UserName, string DisplayName, IReadOnlyList<string> Roles);
