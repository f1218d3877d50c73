namespace GridFlow.Contracts.Regions;

public sealed record AssignInspectorRequest([property: Required] Guid? InspectorId);
