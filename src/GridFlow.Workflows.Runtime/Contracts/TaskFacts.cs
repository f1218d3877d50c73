namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>What a notification says of its task: its name, deadline and current assignee (for <c>taskAssignee</c>).</summary>
public sealed record TaskFacts(Guid Id, string Name, DateTimeOffset? DueAt, ResolvedAssignee Assignee);
