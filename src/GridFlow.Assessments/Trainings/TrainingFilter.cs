namespace GridFlow.Assessments.Trainings;

/// <summary>The training list's filters: held for a region or one it contains (by path prefix), held within which dates.</summary>
public sealed record TrainingFilter(string? RegionPath, AssessmentPeriod Period);
