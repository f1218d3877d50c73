namespace GridFlow.Contracts.Assessments;

/// <summary>An appeal just filed: its id, its status (open) and the supervisor's task.</summary>
public sealed record AppealCreated(string Id, string Status, string? TaskId);
