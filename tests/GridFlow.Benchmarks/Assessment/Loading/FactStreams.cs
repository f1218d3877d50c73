using Npgsql;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// One binary COPY per fact table, each on a connection of its own, all open at once: the generator writes a grid's
/// facts to all of them in one pass, and PostgreSQL parses and indexes the tables in parallel backends.
/// </summary>
public sealed class FactStreams : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> connections = [];

    private FactStreams()
    {
    }

    public NpgsqlBinaryImporter Patrols { get; private set; } = null!;

    public NpgsqlBinaryImporter Issues { get; private set; } = null!;

    public NpgsqlBinaryImporter Instances { get; private set; } = null!;

    public NpgsqlBinaryImporter Tasks { get; private set; } = null!;

    public NpgsqlBinaryImporter Escalations { get; private set; } = null!;

    public NpgsqlBinaryImporter Sources { get; private set; } = null!;

    public static async Task<FactStreams> OpenAsync(string connectionString)
    {
        var streams = new FactStreams();
        streams.Patrols = await streams.BeginAsync(connectionString, """
            COPY patrols (id, inspector_id, grid_id, recorded_by, status, started_at, ended_at, point_count, track, minutes, km,
                inside_ratio, max_kmh, valid, invalid_reasons, created_at) FROM STDIN (FORMAT BINARY)
            """);
        streams.Issues = await streams.BeginAsync(connectionString, """
            COPY issues (id, code, category, description, lat, lon, source, discovered_at, reported_at, reported_by, reporter_inspector_id,
                grid_id, region_id, county_id, city_id, region_path, status, overdue, escalation_level, workflow_instance_id, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        streams.Instances = await streams.BeginAsync(connectionString, """
            COPY workflow_instances (id, issue_id, definition_id, version, status, state, revision, created_at, updated_at) FROM STDIN (FORMAT BINARY)
            """);
        streams.Tasks = await streams.BeginAsync(connectionString, """
            COPY workflow_tasks (id, instance_id, issue_id, activity_id, name, assignee_rule, assignee_inspector_id, assignee_role,
                assignee_region_id, due_at, status, outcomes, form, created_at, completed_at, completed_by, outcome, data)
            FROM STDIN (FORMAT BINARY)
            """);
        streams.Escalations = await streams.BeginAsync(connectionString, """
            COPY escalations (id, issue_id, task_id, timer_id, level, card, role, region_id, raised_at, status, resolved_at, resolved_by, resolution)
            FROM STDIN (FORMAT BINARY)
            """);
        streams.Sources = await streams.BeginAsync(connectionString, """
            COPY pollution_sources (id, grid_id, name, kind, location, key, visit_every_days, notes, photos, created_by, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """);
        return streams;
    }

    /// <summary>Commits every COPY; returns the rows each wrote.</summary>
    public async Task<Dictionary<string, ulong>> CompleteAsync()
    {
        var rows = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (table, writer) in new[]
                 {
                     ("patrols", Patrols), ("issues", Issues), ("workflow_instances", Instances), ("workflow_tasks", Tasks),
                     ("escalations", Escalations), ("pollution_sources", Sources),
                 })
        {
            rows[table] = await writer.CompleteAsync();
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in new[] { Patrols, Issues, Instances, Tasks, Escalations, Sources })
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }
        }

        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task<NpgsqlBinaryImporter> BeginAsync(string connectionString, string copy)
    {
        var connection = new NpgsqlConnection(connectionString);
        connections.Add(connection);
        await connection.OpenAsync();
        return await connection.BeginBinaryImportAsync(copy);
    }
}
