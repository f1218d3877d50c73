namespace GridFlow.Workflows.Management.Apis;

/// <summary>What the definition and category handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record DefinitionServices(GridFlowDbContext Db, WorkflowDefinitionStore Store, WorkflowValidator Validator, IAuditActor Actor, TimeProvider Clock);
