using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// An assessment run and its progress. <c>factsAsOf</c> is the instant its facts were read as of: a fact written after
/// it is not in this run's results (run again for a new snapshot). <c>phase</c> says what a running run is doing.
/// </summary>
public sealed record RunView(
    string Id,
    string SchemeId,
    int SchemeVersion,
    string Kind,
    DateOnly From,
    DateOnly To,
    string? RegionId,
    string Trigger,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Phase,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FactsAsOf,
    DateTimeOffset? FinishedAt,
    int Inspectors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
