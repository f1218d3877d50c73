using GridFlow.Assessments.Adjustments;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the adjustment handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record AdjustmentServices(AdjustmentRecorder Recorder, InspectorRegions Inspectors, IOptions<AssessmentOptions> Options, TimeProvider Clock);
