namespace GridFlow.Contracts.Issues;

/// <summary>One journal line: <c>{ at, actor, activityId, event, outcome?, comment? }</c>.</summary>
public sealed record JournalEntryView(DateTimeOffset At, string? Actor, string ActivityId, string ActivityType, string Event, string? Outcome, string? Comment);
