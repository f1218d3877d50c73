using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridFlow.Web.Components.Operations;

/// <summary>
/// One reading of the node for the health page: the ready checks' results (the app's own registrations), Hangfire's
/// figures from its monitoring API, the outgoing mail by status (<c>GET /api/emails</c>'s totals), and the node itself.
/// </summary>
public sealed record NodeHealth(
    HealthStatus Status,
    IReadOnlyList<NodeHealthCheck> Checks,
    HangfireFigures? Jobs,
    string? JobsError,
    MailFigures? Mail,
    string Version,
    string Node,
    string Role,
    DateTimeOffset StartedAt,
    TimeSpan Uptime,
    DateTimeOffset ReadAt);
