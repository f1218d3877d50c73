using GridFlow.Workflows.Runtime.Engine;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>Reads the issue columns the engine needs into an <see cref="IssueContext"/>.</summary>
public static class IssueRows
{
    public const string Columns = """
        s.id, s.code, s.category, s.source, s.status, s.grid_id, s.region_id, s.county_id, s.city_id, s.region_path,
        s.reported_by, s.reporter_inspector_id, s.escalation_level, s.overdue
        """;

    public static IssueContext Read(NpgsqlDataReader reader, int offset) => new(
        reader.GetGuid(offset),
        reader.GetString(offset + 1),
        reader.GetString(offset + 2),
        reader.GetString(offset + 3),
        reader.GetString(offset + 4),
        reader.GetGuid(offset + 5),
        reader.GetGuid(offset + 6),
        reader.GetGuid(offset + 7),
        reader.GetGuid(offset + 8),
        reader.GetString(offset + 9),
        reader.GetString(offset + 10),
        reader.IsDBNull(offset + 11) ? null : reader.GetGuid(offset + 11),
        reader.GetInt32(offset + 12),
        reader.GetBoolean(offset + 13));
}
