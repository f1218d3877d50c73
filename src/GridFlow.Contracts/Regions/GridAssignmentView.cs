namespace GridFlow.Contracts.Regions;

/// <summary>One period of responsibility in a grid's history; <c>to</c> is null for the current one.</summary>
public sealed record GridAssignmentView(string InspectorId, string InspectorName, DateTimeOffset From, DateTimeOffset? To, string? AssignedBy);
