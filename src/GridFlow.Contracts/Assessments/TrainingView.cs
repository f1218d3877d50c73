using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>A training, study session or exam, with how many attended.</summary>
public record TrainingView(
    string Id,
    string Title,
    string Kind,
    DateTimeOffset HeldAt,
    double Hours,
    string RegionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Trainer,
    int Attendees);
