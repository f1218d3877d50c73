using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Assessments.Scoring;

/// <summary>A missed report with who found it: <c>city</c>, <c>county</c>, <c>cross-check</c>, <c>public</c>, <c>inspector</c> (another inspector) or <c>township</c>.</summary>
public sealed record ScoredMissedReport(MissedReportFact Fact, string Finder);
