namespace GridFlow.Contracts.Assessments;

/// <summary>
/// One item of a scorecard: the points it gave (after its cap), how many facts it counted (for <c>missedPatrol</c>, the
/// days missing), whether the cap cut it, and the facts themselves.
/// </summary>
public sealed record ScorecardLine(string ItemId, string Kind, decimal Points, int Count, bool Capped, IReadOnlyList<ScoreFact> Facts);
