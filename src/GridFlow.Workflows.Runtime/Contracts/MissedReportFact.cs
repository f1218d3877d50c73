namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// An issue someone other than the grid's responsible inspector reported, that the inspector had not reported (same
/// category, near, shortly before): a missed report (漏报) charged to <see cref="ChargedInspectorId"/>.
/// <see cref="ReporterInspectorId"/> is set when the finder was another inspector.
/// </summary>
public sealed record MissedReportFact(
    Guid IssueId, string Code, string Category, string Source, string ReportedBy, Guid? ReporterInspectorId, Guid? CrossCheckId,
    DateTimeOffset ReportedAt, Guid GridId, Guid ChargedInspectorId);
