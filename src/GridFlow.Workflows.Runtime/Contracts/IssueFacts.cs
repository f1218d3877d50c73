namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>What a notification says of its issue: the engine's view of it (its regions, for resolving recipients) and its text.</summary>
public sealed record IssueFacts(IssueContext Issue, string Description, string? Address);
