using Npgsql;
using GridFlow.Data.Statements;

namespace GridFlow.Regions.Directory;

/// <summary>
/// The inspectors and who was responsible for which grid over a period, for an assessment run: read on the run's
/// connection and transaction, so they belong to the same snapshot as the facts they are scored on.
/// </summary>
public static class InspectorRoster
{
    private const string InspectorsSql = """
        SELECT i.id, i.name, i.region_id, r.path, i.status FROM inspectors i JOIN regions r ON r.id = i.region_id
        WHERE $1::text IS NULL OR r.path LIKE $1 || '%'
        """;

    private const string TenuresSql = """
        SELECT grid_id, inspector_id, "from", "to" FROM grid_assignments WHERE "from" < $2 AND ("to" IS NULL OR "to" > $1)
        """;

    /// <summary>Every inspector, or those under <paramref name="regionPath"/>.</summary>
    public static async Task<List<RosterInspector>> InspectorsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string? regionPath, CancellationToken cancellationToken)
    {
        var inspectors = new List<RosterInspector>();
        await using var command = Sql.Command(connection, transaction, InspectorsSql, Sql.Text(regionPath));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inspectors.Add(new RosterInspector(reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3), Enum.Parse<InspectorStatus>(reader.GetString(4))));
        }

        return inspectors;
    }

    /// <summary>The assignments that overlap [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static async Task<List<GridTenure>> TenuresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var tenures = new List<GridTenure>();
        await using var command = Sql.Command(connection, transaction, TenuresSql, from, to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tenures.Add(new GridTenure(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return tenures;
    }
}
