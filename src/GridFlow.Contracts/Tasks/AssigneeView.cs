namespace GridFlow.Contracts.Tasks;

/// <summary>Who a task is for: a user, an inspector, or a role within a region.</summary>
public sealed record AssigneeView(string Rule, string? UserId, string? InspectorId, string? Role, string? RegionId);
