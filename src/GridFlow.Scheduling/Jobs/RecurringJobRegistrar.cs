using GridFlow.Scheduling.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GridFlow.Scheduling.Jobs;

/// <summary>
/// Writes every registered <see cref="RecurringJobDefinition"/> into Hangfire at startup on worker nodes:
/// <c>AddOrUpdate</c> with the configured cron, or removal when the job is disabled. Every worker does this;
/// Hangfire's upsert makes that harmless, and the last node started wins if their settings differ.
/// </summary>
public sealed partial class RecurringJobRegistrar(
    IEnumerable<RecurringJobDefinition> definitions,
    IRecurringJobManager manager,
    IOptions<SchedulingOptions> options,
    ILogger<RecurringJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var duplicate = definitions.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The recurring job '{duplicate.Key}' is registered twice.");
        }

        foreach (var definition in definitions)
        {
            var settings = options.Value.Jobs.GetValueOrDefault(definition.Name) ?? new RecurringJobSettings();
            var cron = settings.Cron ?? definition.DefaultCron;
            if (!settings.Enabled || cron is null)
            {
                manager.RemoveIfExists(definition.Name);
                if (settings.Enabled)
                {
                    LogNoCron(logger, definition.Name);
                }

                continue;
            }

            var jobType = definition.JobType.AssemblyQualifiedName!;
            manager.AddOrUpdate<RecurringJobInvoker>(
                definition.Name, invoker => invoker.RunAsync(definition.Name, jobType, CancellationToken.None), cron,
                new RecurringJobOptions { TimeZone = definition.TimeZone ?? TimeZoneInfo.Utc });
            LogRegistered(logger, definition.Name, cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring job {Name} scheduled with cron {Cron}")]
    private static partial void LogRegistered(ILogger logger, string name, string cron);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recurring job {Name} has no cron (Scheduling:Jobs:{Name}:Cron) and does not run")]
    private static partial void LogNoCron(ILogger logger, string name);
}
