namespace GridFlow.Assessments.Scoring;

/// <summary>What the scorer made of one inspector's facts.</summary>
public sealed record ScoredResult(decimal Score, SchemeGrade Grade, IReadOnlyList<ScorecardLine> Lines);
