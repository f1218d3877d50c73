using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// One line of an inspector's policy-study archive (政策法规学习档案): a training held for a region containing theirs, or
/// one they attended; <c>attended</c> false is an absence; <c>score</c> their exam score, left out when there is none.
/// </summary>
public sealed record StudyRecord(
    string TrainingId,
    string Title,
    string Kind,
    DateTimeOffset HeldAt,
    double Hours,
    bool Attended,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score);
