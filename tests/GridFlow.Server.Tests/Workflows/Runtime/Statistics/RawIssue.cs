namespace GridFlow.Server.Tests.Workflows.Runtime.Statistics;

/// <summary>An issue row as stored, with whether any of its tasks was late (the rule of closed on time).</summary>
public sealed record RawIssue(Guid Id, string Status, string Category, string RegionPath, Guid GridId, Guid TownshipId, Guid CountyId, bool Overdue, DateTimeOffset ReportedAt, string Source, bool Late);
