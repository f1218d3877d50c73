namespace GridFlow.Contracts.Assessments;

/// <summary>An inspector who attended, with their score (0–100) when the training was an exam.</summary>
public sealed record AttendeeInput(
    [property: Required] Guid? InspectorId,
    [property: Range(0.0, 100.0)] double? Score);
