using System.Diagnostics;
using System.Reflection;
using GridFlow.Contracts.Notifications;
using GridFlow.Contracts.Paging;
using GridFlow.Data;
using GridFlow.Notifications.Apis;
using GridFlow.Scheduling.Options;
using GridFlow.ServiceDefaults.Health;
using GridFlow.Web.Modules;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridFlow.Web.Components.Operations;

/// <summary>
/// Reads <see cref="NodeHealth"/>: the checks registered for <c>/health/ready</c> run through <see cref="HealthCheckService"/>
/// (the same registrations, not a copy), Hangfire's monitoring API, and the mail counts through the Notifications module's
/// <c>GET /api/emails</c> handler (admins only, as the API).
/// </summary>
public sealed class NodeHealthReader(HealthCheckService checks, JobStorage storage, ModuleCalls calls, IOptions<SchedulingOptions> scheduling, TimeProvider clock)
{
    private static readonly DateTimeOffset Started = new(Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);

    public static string Version { get; } =
        typeof(NodeHealthReader).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(NodeHealthReader).Assembly.GetName().Version?.ToString() ?? "?";

    public async Task<NodeHealth> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag), cancellationToken);
        var list = report.Entries.Select(e => new NodeHealthCheck(e.Key, e.Value.Status, e.Value.Description, e.Value.Duration)).ToList();
        HangfireFigures? jobs = null;
        string? jobsError = null;
        try
        {
            // The monitoring API is synchronous: off the circuit's thread.
            var s = await Task.Run(() => storage.GetMonitoringApi().GetStatistics(), cancellationToken);
            jobs = new HangfireFigures(s.Servers, s.Enqueued, s.Scheduled, s.Processing, s.Failed, s.Succeeded, s.Recurring);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            jobsError = ex.Message;
        }

        var pending = await MailCountAsync(user, "pending");
        var sending = await MailCountAsync(user, "sending");
        var refused = await MailCountAsync(user, "refused");
        var mail = pending is { } p && sending is { } s2 && refused is { } r ? new MailFigures(p, s2, r) : null;
        var now = clock.GetUtcNow();
        return new NodeHealth(report.Status, list, jobs, jobsError, mail, Version, Environment.MachineName, scheduling.Value.Role.ToString().ToLowerInvariant(),
            Started, now - Started, now);
    }

    private async Task<int?> MailCountAsync(ClaimsPrincipal user, string status) =>
        (await calls.RunAsync<PagedList<EmailView>>(user, async sp =>
            await EmailsApi.ListAsync(Caller.FromPrincipal(user), sp.GetRequiredService<GridFlowDbContext>(), status, 1, 1, CancellationToken.None))).Value?.Total;
}
