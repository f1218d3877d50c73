namespace GridFlow.Contracts.Assessments;

/// <summary>A revision of the result an upheld appeal made: from which revision to which, and the score before and after.</summary>
public sealed record AppealRevisionView(int FromRevision, int ToRevision, decimal ScoreBefore, decimal ScoreAfter, DateTimeOffset At);
