using System.ComponentModel.DataAnnotations;

namespace GridFlow.Data.Options;

/// <summary>How GridFlow reaches and prepares its PostgreSQL database (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending EF Core migrations when the host starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seconds a single command may run before it is cancelled.</summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Connections of the separate pool the in-memory caches load from (see <c>ReferenceDataContexts</c>). Cache loads
    /// are rare and short; a few are plenty.
    /// </summary>
    [Range(1, 100)]
    public int ReferenceDataPoolSize { get; set; } = 4;
}
