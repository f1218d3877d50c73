namespace GridFlow.Scheduling.Jobs;

/// <summary>The one way modules add recurring jobs: the registry turns them into Hangfire recurring jobs at startup.</summary>
public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> (scoped) as the recurring job <paramref name="name"/>. The cron comes
    /// from <c>Scheduling:Jobs:&lt;name&gt;:Cron</c>, else <paramref name="defaultCron"/>; a job with neither is
    /// not scheduled (a warning says so). The cron is read in <paramref name="timeZone"/> (UTC when null): a job due at 02:00 China time says so rather than at 18:00 UTC the day before. Registering the same name twice is a startup error.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, string? defaultCron = null, TimeZoneInfo? timeZone = null)
        where TJob : class, IRecurringJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobDefinition(name, typeof(TJob), defaultCron, timeZone));
        return services;
    }
}
