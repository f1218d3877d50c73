using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// An appeal against one line of a result: what was appealed (the line's points when filed), why, and once decided the
/// decision, the supervisor's comment, the points asked and given, the adjustment and the revision the upholding made.
/// <c>inspectorName</c> is the result's, <c>itemKind</c> the appealed item's kind in the run's scheme (null if the scheme
/// no longer names it), <c>runFrom</c>/<c>runTo</c> the run's period.
/// </summary>
public sealed record AppealView(
    string Id,
    string RunId,
    string InspectorId,
    string ItemId,
    decimal LinePoints,
    string Reason,
    string Status,
    string? TaskId,
    string CaseId,
    string FiledBy,
    DateTimeOffset FiledAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Decision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DecidedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DecidedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? PointsRequested,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? PointsGiven,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AdjustmentId,
    IReadOnlyList<AppealRevisionView> Revisions,
    string InspectorName,
    string? ItemKind,
    DateOnly RunFrom,
    DateOnly RunTo);
