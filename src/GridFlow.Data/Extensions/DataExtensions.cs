using GridFlow.Data.ReferenceData;
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
        // One data source (one connection pool) for EF Core and for the engine's hand-written hot paths.
        builder.Services.AddSingleton(services => CreateDataSource(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<ReferenceDataContexts>();
        builder.Services.AddDbContext<GridFlowDbContext>((services, options) =>
        {
            var timeout = builder.Configuration.GetValue($"{DatabaseOptions.Section}:CommandTimeoutSeconds", 30);
            options.UseGridFlowNpgsql(services.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.CommandTimeout(timeout))
                .AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    private static NpgsqlDataSource CreateDataSource(IConfiguration configuration)
    {
        var connection = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ConnectionName));
        // The engine runs the same few statements all day: let Npgsql prepare them once per connection.
        if (connection.MaxAutoPrepare == 0)
        {
            connection.MaxAutoPrepare = 128;
            connection.AutoPrepareMinUsages = 2;
        }

        // Npgsql resets a pooled connection's session (RESET ALL, CLOSE ALL, UNLISTEN, DISCARD ...) each time it
        // goes back to the pool: seven statements PostgreSQL parses on every request. GridFlow keeps no session
        // state (settings are SET LOCAL, advisory locks transaction-scoped), so the reset only costs.
        // (The builder answers ContainsKey for every keyword it knows, so look for the setting in the text itself.)
        var raw = configuration.GetConnectionString(ConnectionName) ?? "";
        if (!raw.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            connection.NoResetOnClose = true;
        }

        return GridFlowNpgsql.CreateDataSource(connection.ConnectionString);
    }
}
