using GridFlow.Data.Extensions;
using GridFlow.Scheduling.Dashboard;
using GridFlow.Scheduling.Escalations;
using GridFlow.Scheduling.Health;
using GridFlow.Scheduling.Housekeeping;
using GridFlow.Scheduling.Jobs;
using GridFlow.Scheduling.Options;
using GridFlow.Scheduling.Timers;
using GridFlow.ServiceDefaults.Health;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GridFlow.Scheduling.Extensions;

public static class SchedulingExtensions
{
    /// <summary>The Hangfire schema in GridFlow's database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL (schema <c>hangfire</c>), the recurring-job registry, the timer sweeper and the
    /// escalation handling. The Hangfire server and the sweeper run only on nodes whose
    /// <c>Scheduling:Role</c> is <c>all</c> or <c>worker</c>.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>()
            .Bind(builder.Configuration.GetSection(SchedulingOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Retention is not null && o.Retention.Days is >= 1 and <= 36_500, "Scheduling:Retention:Days must be between 1 and 36500.")
            .Validate(o => o.Jobs.Values.All(j => j.Cron is null || IsCron(j.Cron)), "Every Scheduling:Jobs:<name>:Cron must be a cron expression of five or six fields.")
            .ValidateOnStart();

        // One storage per host (not Hangfire's static JobStorage.Current), so hosts in one process stay apart.
        services.AddSingleton<JobStorage>(_ => CreateStorage(builder.Configuration.GetConnectionString(DataExtensions.ConnectionName)!));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        var role = builder.Configuration.GetValue($"{SchedulingOptions.Section}:{nameof(SchedulingOptions.Role)}", SchedulingRole.All);
        if (role != SchedulingRole.Api)
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.WorkerCount = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value.WorkerCount;
            });
            services.AddHostedService<RecurringJobRegistrar>();
        }

        services.AddSingleton<RecurringJobInvoker>();
        services.AddSingleton<TimerMetrics>();
        services.AddSingleton<TimeoutFirer>();
        services.AddSingleton<TimerSweep>();
        services.AddHostedService<TimerSweeper>();
        services.AddScoped<EscalationQueries>();
        services.AddScoped<EscalationActions>();
        services.AddScoped<TimerPlanner>();
        services.AddRecurringJob<RetentionCleanupJob>(RetentionCleanupJob.Name, "30 3 * * *");
        // Periodic assessment jobs (a later issue) register here too: see Jobs/Assessment/README.md.
        services.AddHealthChecks().AddCheck<HangfireStorageHealthCheck>("hangfire", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>The Hangfire dashboard at <c>/hangfire</c>, for admins only (bearer token; 401 without, 403 for non-admins).</summary>
    public static IEndpointRouteBuilder MapSchedulingDashboard(this IEndpointRouteBuilder app)
    {
        var options = new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorizationFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        };
        // Anonymous to ASP.NET Core's fallback policy: the filter decides, and answers 401/403 itself.
        app.MapHangfireDashboard("/hangfire", options, app.ServiceProvider.GetRequiredService<JobStorage>()).AllowAnonymous();
        return app;
    }

    private static PostgreSqlStorage CreateStorage(string connectionString)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = HangfireSchema, PrepareSchemaIfNecessary = true };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static bool IsCron(string cron) => cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 5 or 6;
}
