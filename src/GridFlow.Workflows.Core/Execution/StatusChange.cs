namespace GridFlow.Workflows.Core.Execution;

/// <summary>The public status changed from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record StatusChange(string ActivityId, string? From, string To);
