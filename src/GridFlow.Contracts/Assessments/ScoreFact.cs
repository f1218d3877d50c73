using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>A fact a scorecard line counted: what it is (<see cref="ScoreFactTypes"/>), its id, when, and why it counted.</summary>
public sealed record ScoreFact(
    string Type,
    string Id,
    DateTimeOffset At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);
