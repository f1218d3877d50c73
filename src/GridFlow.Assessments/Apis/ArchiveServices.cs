using GridFlow.Assessments.Sources;
using GridFlow.Assessments.Trainings;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the archives handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record ArchiveServices(PatrolReader Patrols, TrainingReader Trainings, SourceReader Sources, InspectorRegions Inspectors, IOptions<AssessmentOptions> Options);
