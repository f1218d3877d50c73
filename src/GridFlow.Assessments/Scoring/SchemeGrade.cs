namespace GridFlow.Assessments.Scoring;

/// <summary>A grade a score reaches from <see cref="Min"/> on, with its performance-pay coefficient.</summary>
public sealed record SchemeGrade(string Grade, decimal Min, decimal Pay);
