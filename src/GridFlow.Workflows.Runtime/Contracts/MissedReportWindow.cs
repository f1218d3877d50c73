namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>How near and how shortly before an issue the responsible inspector's own report must be for it not to be missed.</summary>
public sealed record MissedReportWindow(int WithinDays, double WithinMeters);
