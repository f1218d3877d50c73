namespace GridFlow.Contracts.Workflows;

/// <summary>Move the running instances of one version of a definition to another version.</summary>
public sealed record MigrateInstancesRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? DefinitionId,
    [property: Required, Range(1, int.MaxValue)] int? FromVersion,
    [property: Required, Range(1, int.MaxValue)] int? ToVersion);
