using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace GridFlow.Data.Extensions;

/// <summary>
/// How every GridFlow context and data source talks to PostgreSQL: snake_case names and PostGIS's types as
/// NetTopologySuite's (patrol tracks), in one place, so that the host, the caches' pool, design time and the tests
/// build the same model.
/// </summary>
public static class GridFlowNpgsql
{
    /// <summary>A data source that reads and writes PostGIS geometries.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        return builder.Build();
    }

    /// <summary>GridFlow's context options over a data source made by <see cref="CreateDataSource"/>.</summary>
    public static TBuilder UseGridFlowNpgsql<TBuilder>(this TBuilder options, NpgsqlDataSource source, Action<NpgsqlDbContextOptionsBuilder>? npgsql = null)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(source, o =>
        {
            o.UseNetTopologySuite();
            npgsql?.Invoke(o);
        }).UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>GridFlow's context options over a connection string (design time, tests, tools).</summary>
    public static TBuilder UseGridFlowNpgsql<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, o => o.UseNetTopologySuite()).UseSnakeCaseNamingConvention();
        return options;
    }
}
