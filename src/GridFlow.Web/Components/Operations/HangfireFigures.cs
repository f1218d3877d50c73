namespace GridFlow.Web.Components.Operations;

/// <summary>Hangfire's own counts (<c>IMonitoringApi.GetStatistics</c>), the figures its dashboard shows.</summary>
public sealed record HangfireFigures(long Servers, long Enqueued, long Scheduled, long Processing, long Failed, long Succeeded, long Recurring);
