using GridFlow.Data.Auditing;
using GridFlow.Data.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Data.Extensions;

public static class DataExtensions
{
    /// <summary>Name of the connection string GridFlow reads (<c>ConnectionStrings:GridFlow</c>).</summary>
    public const string ConnectionName = "GridFlow";

    /// <summary>Registers the <see cref="GridFlowDbContext"/>, the audit interceptor and the startup migrator.</summary>
    public static IHostApplicationBuilder AddGridFlowData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(_ => !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(ConnectionName)),
                $"ConnectionStrings:{ConnectionName} is not set. Run ./gridflow run, or set ConnectionStrings__{ConnectionName}.")
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddDbContext<GridFlowDbContext>((services, options) =>
        {
            var timeout = builder.Configuration.GetValue($"{DatabaseOptions.Section}:CommandTimeoutSeconds", 30);
            options.UseNpgsql(builder.Configuration.GetConnectionString(ConnectionName), npgsql => npgsql.CommandTimeout(timeout))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }
}
