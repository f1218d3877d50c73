namespace GridFlow.Contracts.Workflows;

public sealed record MigrationFailure(string InstanceId, string Reason);
