namespace GridFlow.Assessments.Apis;

/// <summary>What the patrol handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record PatrolServices(PatrolRecorder Recorder, PatrolReader Reader, PatrolInputRules Rules, GridSpatialIndex Grids, IOptions<AssessmentOptions> Options);
