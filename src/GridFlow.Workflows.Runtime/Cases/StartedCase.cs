namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>A case started in the caller's transaction: its id and code, its instance and the tasks it opened.</summary>
public sealed record StartedCase(Guid Id, string Code, Guid InstanceId, string Status, IReadOnlyList<Guid> TaskIds);
