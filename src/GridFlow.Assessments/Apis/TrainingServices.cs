using GridFlow.Assessments.Trainings;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the training handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record TrainingServices(
    TrainingRecorder Recorder, TrainingReader Reader, TrainingInputRules Rules, RegionDirectory Regions, InspectorRegions Inspectors, IOptions<AssessmentOptions> Options);
