namespace GridFlow.Contracts.Workflows;

/// <summary>The instant a number of working days after another, at the same local time of day in China.</summary>
public sealed record WorkingDaysSum(DateTimeOffset DueAt);
