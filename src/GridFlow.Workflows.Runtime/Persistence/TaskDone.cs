namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>The completion written onto the task row.</summary>
public sealed record TaskDone(Guid TaskId, string Actor, string Outcome, string? Comment, string? Data);
