using GridFlow.Data.Extensions;
using GridFlow.Scheduling.Dashboard;
using GridFlow.Scheduling.Health;
using GridFlow.Scheduling.Jobs;
using GridFlow.Scheduling.Options;
using GridFlow.Scheduling.Storage;
using GridFlow.ServiceDefaults.Health;
using GridFlow.ServiceDefaults.Security;
using GridFlow.ServiceDefaults.Options;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GridFlow.Scheduling.Extensions;

/// <summary>
/// GridFlow's background-work plumbing, which any module may use without the others: Hangfire on PostgreSQL, the
/// recurring-job registry (<see cref="RecurringJobServiceCollectionExtensions.AddRecurringJob{TJob}"/>), the node's
/// role (<see cref="AddWorkerService{TService}"/>) and the dashboard.
/// </summary>
public static class SchedulingExtensions
{
    /// <summary>The Hangfire schema in GridFlow's database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL (schema <c>hangfire</c>) and the recurring-job registry. The Hangfire server and the
    /// registry run only on worker nodes (<c>Scheduling:Role</c> <c>all</c> or <c>worker</c>).
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<SchedulingOptions>(SchedulingOptions.Section)
            .Validate(o => o.Jobs.Values.All(j => j.Cron is null || IsCron(j.Cron)), "Every Scheduling:Jobs:<name>:Cron must be a cron expression of five or six fields.");

        // One storage per host (not Hangfire's static JobStorage.Current), so hosts in one process stay apart.
        services.AddSingleton(_ => new HangfireConnections(builder.Configuration.GetConnectionString(DataExtensions.ConnectionName)!));
        services.AddSingleton<JobStorage>(provider => CreateStorage(
            provider.GetRequiredService<HangfireConnections>(), provider.GetRequiredService<IOptions<SchedulingOptions>>().Value));
        // Hangfire.NetCore would hand the server the static JobActivator.Current, which every host's configuration
        // overwrites: with hosts starting side by side (tests, or two apps in one process) a server could build its jobs
        // from another host's services and database. Registered first, this host's own activator wins.
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));

        if (builder.RunsBackgroundWork())
        {
            services.AddHangfireServer((provider, server) =>
            {
                server.WorkerCount = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value.WorkerCount;
            });
            services.AddHostedService<RecurringJobRegistrar>();
        }

        services.AddSingleton<RecurringJobInvoker>();
        services.AddHealthChecks().AddCheck<HangfireStorageHealthCheck>("hangfire", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// True on a node that runs background work (<c>Scheduling:Role</c> <c>all</c>, the default, or <c>worker</c>); false
    /// on an API node. The one check every module's loops and servers ask.
    /// </summary>
    public static bool RunsBackgroundWork(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue($"{SchedulingOptions.Section}:{nameof(SchedulingOptions.Role)}", SchedulingRole.All) != SchedulingRole.Api;

    /// <summary>Registers a background loop that runs on worker nodes only (see <see cref="RunsBackgroundWork"/>).</summary>
    public static IHostApplicationBuilder AddWorkerService<TService>(this IHostApplicationBuilder builder)
        where TService : class, IHostedService
    {
        if (builder.RunsBackgroundWork())
        {
            builder.Services.AddHostedService<TService>();
        }

        return builder;
    }

    /// <summary>The dashboard's path.</summary>
    public const string DashboardPath = "/hangfire";

    /// <summary>Requests to the dashboard that it would fail on are answered before it (see <see cref="DashboardFormGuard"/>).</summary>
    public static IApplicationBuilder UseSchedulingDashboardGuard(this IApplicationBuilder app) => app.UseDashboardFormGuard(DashboardPath);

    /// <summary>The Hangfire dashboard at <c>/hangfire</c>, for admins only (bearer token or the console's cookie; 401 without, 403 for non-admins).</summary>
    public static IEndpointRouteBuilder MapSchedulingDashboard(this IEndpointRouteBuilder app)
    {
        var options = new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorizationFilter()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
            // Checked for cookie posts by DashboardFormGuard instead: bearer posts need no token.
            IgnoreAntiforgeryToken = true,
        };
        // Anonymous to ASP.NET Core's fallback policy: the filter decides, and answers 401/403 itself.
        app.MapHangfireDashboard(DashboardPath, options, app.ServiceProvider.GetRequiredService<JobStorage>())
            .AllowAnonymous()
            .WithSecurityHeadersPolicy(SecurityHeaderPolicies.InlineScripts);
        return app;
    }

    private static PostgreSqlStorage CreateStorage(HangfireConnections connections, SchedulingOptions scheduling)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireSchema, PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(scheduling.QueuePollSeconds),
        };
        return new PostgreSqlStorage(connections, options);
    }

    private static bool IsCron(string cron) => cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is 5 or 6;
}
