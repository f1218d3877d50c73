namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>One line of an issue's journal, as <see cref="JournalRows"/> writes it.</summary>
public sealed record JournalRow(
    Guid InstanceId,
    Guid IssueId,
    DateTimeOffset At,
    string? Actor,
    string ActivityId,
    string ActivityType,
    string Event,
    string? Outcome = null,
    string? Comment = null,
    JsonNode? Data = null);
