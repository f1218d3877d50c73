using GridFlow.DemoData.Hosting;
using GridFlow.DemoData.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GridFlow.DemoData.Extensions;

/// <summary>Registration of the demo data seeding.</summary>
public static class DemoDataExtensions
{
    /// <summary>
    /// Binds <see cref="SeedOptions"/> and registers <see cref="DemoSeeder"/> and the startup seeding service.
    /// Call it after <c>AddGridFlowData</c> (migrations first) and after Identity is registered.
    /// </summary>
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        // A misspelt key or a value that is not a bool fails the start instead of silently not seeding.
        builder.Services.AddOptions<SeedOptions>()
            .Bind(builder.Configuration.GetSection(SeedOptions.Section), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddHostedService<DemoDataSeedingService>();
        return builder;
    }
}
