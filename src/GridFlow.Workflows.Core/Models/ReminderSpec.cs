namespace GridFlow.Workflows.Core.Models;

/// <summary>A reminder to the assignee when <see cref="AtPercent"/> of the time to the deadline has passed.</summary>
public sealed record ReminderSpec(int AtPercent);
