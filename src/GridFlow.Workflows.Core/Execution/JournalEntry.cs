namespace GridFlow.Workflows.Core.Execution;

/// <summary>One line of an instance's journal: an activity ran, a task opened or was completed, a path ended.</summary>
public sealed record JournalEntry(
    DateTimeOffset At,
    string ActivityId,
    string ActivityType,
    string Event,
    string? Outcome = null,
    string? Actor = null,
    string? Comment = null,
    JsonNode? Data = null);
