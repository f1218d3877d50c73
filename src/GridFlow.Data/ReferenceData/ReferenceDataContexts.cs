using GridFlow.Data.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GridFlow.Data.ReferenceData;

/// <summary>
/// Read-only contexts for the in-memory caches (grid index, working-day calendar, definitions, directories), on a
/// connection pool of their own. A request that holds a connection in its transaction may need a cache refreshed;
/// if that refresh took its connection from the same pool, a burst of such requests could hold every connection
/// while each waits for one more — the whole node would stall until the pool timeout. On a separate pool the
/// refresh never waits for a request, so the wait always ends.
/// </summary>
public sealed class ReferenceDataContexts : IAsyncDisposable
{
    private readonly NpgsqlDataSource source;
    private readonly DbContextOptions<GridFlowDbContext> options;

    public ReferenceDataContexts(IConfiguration configuration, IOptions<DatabaseOptions> database)
    {
        var connection = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DataExtensions.ConnectionName))
        {
            MaxPoolSize = database.Value.ReferenceDataPoolSize,
            MinPoolSize = 0,
            ApplicationName = "GridFlow reference data",
        };
        source = GridFlowNpgsql.CreateDataSource(connection.ConnectionString);
        options = new DbContextOptionsBuilder<GridFlowDbContext>()
            .UseGridFlowNpgsql(source)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
    }

    /// <summary>A context for one load; dispose it when done. It has no audit interceptor: it is for reading.</summary>
    public GridFlowDbContext Create() => new(options);

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
