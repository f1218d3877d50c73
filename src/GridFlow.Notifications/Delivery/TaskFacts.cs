namespace GridFlow.Notifications.Delivery;

/// <summary>What delivery needs of a task: its name, deadline and assignee (for <c>taskAssignee</c>).</summary>
public sealed record TaskFacts(Guid Id, string Name, DateTimeOffset? DueAt, string? AssigneeUserId, Guid? AssigneeInspectorId, string? AssigneeRole, Guid? AssigneeRegionId);
