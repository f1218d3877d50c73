using GridFlow.Accounts.Scoping;
using GridFlow.Scheduling.Contracts;
using GridFlow.ServiceDefaults.Paging;
using Npgsql;

namespace GridFlow.Scheduling.Escalations;

/// <summary>Escalation lists, scoped by <see cref="EscalationAccess"/>; newest first.</summary>
public sealed class EscalationQueries(NpgsqlDataSource database)
{
    public async Task<PagedList<EscalationView>> ListAsync(Caller caller, string? status, int? level, PageQuery paging, CancellationToken cancellationToken)
    {
        if (EscalationAccess.VisiblePrefix(caller) is not { } prefix)
        {
            return new PagedList<EscalationView>([], 0, paging.PageNumber, paging.Size);
        }

        await using var command = database.CreateCommand($"""
            SELECT {EscalationRows.Columns}, count(*) OVER () FROM {EscalationRows.From}
            WHERE s.region_path LIKE $1 AND ($2::text IS NULL OR e.status = $2) AND ($3::int IS NULL OR e.level = $3)
            ORDER BY e.raised_at DESC, e.id
            LIMIT $4 OFFSET $5
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix + "%" });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = status, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<int?> { TypedValue = level, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = paging.Size });
        command.Parameters.Add(new NpgsqlParameter { Value = paging.Skip });
        var items = new List<EscalationView>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(EscalationRows.Read(reader));
            total = (int)reader.GetInt64(12);
        }

        return new PagedList<EscalationView>(items, total, paging.PageNumber, paging.Size);
    }

    public static async Task<EscalationView?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {EscalationRows.Columns} FROM {EscalationRows.From} WHERE e.id = $1", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? EscalationRows.Read(reader) : null;
    }
}
