using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GridFlow.Scheduling.Health;

/// <summary>Ready only when Hangfire's storage answers: reads the server list from the <c>hangfire</c> schema.</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // The monitoring API is synchronous; keep it off the request thread.
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers().Count, cancellationToken);
            return HealthCheckResult.Healthy($"{servers} Hangfire server(s) registered.");
        }
        catch (Exception ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Hangfire storage is unreachable.", ex);
        }
    }
}
