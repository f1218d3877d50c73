namespace GridFlow.Workflows.Runtime.Incidents;

/// <summary>A retry of the incident's transition, replayed as the actor who first tried it.</summary>
public sealed record IncidentRetry(Guid IncidentId, string Actor);
