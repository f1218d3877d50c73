namespace GridFlow.Workflows.Runtime.Contracts;

public sealed record MigrationFailure(string InstanceId, string Reason);
