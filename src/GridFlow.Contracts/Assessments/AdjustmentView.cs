using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>A recorded adjustment.</summary>
public sealed record AdjustmentView(
    string Id,
    string InspectorId,
    DateTimeOffset At,
    decimal Points,
    string Reason,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AppealId);
