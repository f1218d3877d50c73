namespace GridFlow.Workflows.Core.Execution;

/// <summary>The stimulus "the task at <see cref="ActivityId"/> was completed with <see cref="Outcome"/> by <see cref="Actor"/>".</summary>
public sealed record TaskCompletion(string ActivityId, string Outcome, string Actor, JsonObject? Data = null, string? Comment = null);
