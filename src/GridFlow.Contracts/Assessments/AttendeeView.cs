using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>An inspector who attended a training; <c>score</c> only for exams, left out otherwise.</summary>
public sealed record AttendeeView(
    string InspectorId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score);
