namespace GridFlow.Assessments.Scoring;

/// <summary>A finished patrol with its stored summary; the scheme's own patrol rule judges it again (<see cref="PatrolSummary.Breaks"/>).</summary>
public sealed record PatrolFact(Guid Id, Guid InspectorId, DateTimeOffset StartedAt, PatrolSummary Summary);
