using System.Text.Json.Nodes;
using GridFlow.Workflows.Runtime.Scoping;

namespace GridFlow.Workflows.Runtime.Tasks;

/// <summary>
/// Task lists and single tasks. The inbox ("assigned to me") reads the front of one index per kind of assignee
/// (see <see cref="InboxSql"/>), so it stays fast however many instances run and however long the inbox.
/// </summary>
public sealed class TaskQueries(NpgsqlDataSource database, GridSpatialIndex grids)
{
    private const string Mine = """
        (t.assignee_user_id = $1 OR t.assignee_inspector_id = $2 OR (t.assignee_role = ANY($3) AND t.assignee_region_id = $4))
        """;

    public async Task<PagedList<TaskView>> ListAsync(Caller caller, bool mineOnly, string status, PageQuery paging, CancellationToken cancellationToken)
    {
        // Callers who see only their own grids see only their own tasks.
        if (mineOnly || caller.IsInspectorOnly)
        {
            return await InboxAsync(caller, status, paging, cancellationToken);
        }

        // Page the ids first, then read the full rows (jsonb to text) for that page only: the cost stays with the
        // page size, not with the size of the inbox.
        await using var command = Sql.Command(database, $"""
            WITH page AS (
                SELECT t.id, t.due_at, t.created_at, count(*) OVER () AS total FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id
                WHERE t.status = $6 AND s.region_path LIKE $5
                ORDER BY t.due_at NULLS LAST, t.created_at, t.id
                LIMIT $7 OFFSET $8)
            SELECT {TaskRows.Columns}, {TaskIssueColumns.Columns}, page.total
            FROM page JOIN workflow_tasks t ON t.id = page.id JOIN issues s ON s.id = t.issue_id
            ORDER BY page.due_at NULLS LAST, page.created_at, page.id
            """, [.. CallerParameters(caller), (caller.RegionPrefix ?? "/") + "%", status, paging.Size, paging.Skip]);
        return await ReadPageAsync(command.ExecuteReaderAsync(cancellationToken), null, caller, false, status, paging, cancellationToken);
    }

    private async Task<PagedList<TaskView>> InboxAsync(Caller caller, string status, PageQuery paging, CancellationToken cancellationToken)
    {
        var roles = caller.Roles.Order(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Planning this statement costs more than running it (0.75 ms against 0.2 ms for a page), and PostgreSQL keeps
        // planning it afresh for every execution because the generic plan's estimates look worse; the generic plan is
        // the same index scans, so it is forced for this statement only, in a transaction of its own. Npgsql sends the
        // BEGIN with the batch (one round trip) and, because it knows of the transaction, rolls it back when a statement
        // fails or the request is cancelled before the COMMIT, so the pooled connection goes back clean.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = new NpgsqlBatch(connection, transaction);
        Sql.Add(batch, "SET LOCAL plan_cache_mode = force_generic_plan");
        Sql.Add(batch, InboxSql.For(roles.Count), [
            caller.UserId,
            Sql.Uuid(caller.InspectorId),
            Sql.Uuid(caller.RegionId),
            status,
            paging.Skip + paging.Size,
            paging.Size,
            paging.Skip,
            .. roles]);
        Sql.AddCommit(batch);
        // SET returns no rows, so the reader starts at the page.
        return await ReadPageAsync(batch.ExecuteReaderAsync(cancellationToken), connection, caller, true, status, paging, cancellationToken);
    }

    /// <summary>
    /// Reads a page of tasks whose last column is the total. Past the end no row carries the total, so it is counted
    /// apart, on <paramref name="connection"/> when the page was read on a connection of its own: waiting for a second
    /// pooled connection while holding one lets a burst of such requests hold the whole pool and wait for each other.
    /// </summary>
    private async Task<PagedList<TaskView>> ReadPageAsync(
        Task<NpgsqlDataReader> execute, NpgsqlConnection? connection, Caller caller, bool mineOnly, string status, PageQuery paging, CancellationToken cancellationToken)
    {
        var items = new List<TaskView>();
        var total = 0;
        await using (var reader = await execute)
        {
            var (at, totalAt) = (TaskOrdinals.Of(reader), reader.GetOrdinal("total"));
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(TaskRows.Read(reader, at) with { Issue = TaskIssueColumns.Read(reader) });
                total = (int)reader.GetInt64(totalAt);
            }
        }

        if (items.Count == 0 && paging.Skip > 0)
        {
            total = await CountAsync(connection, caller, mineOnly, status, cancellationToken);
        }

        return new PagedList<TaskView>(items, total, paging.PageNumber, paging.Size);
    }

    /// <summary>
    /// The task if the caller is its assignee or may see its issue; otherwise null (404). A done task carries what its
    /// completer submitted (comment and form data), so the console can show it read-only.
    /// </summary>
    public async Task<TaskView?> GetAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(database, $"""
            SELECT {TaskRows.Columns}, {TaskIssueColumns.Columns}, coalesce({Mine}, false) AS mine, s.region_path, s.grid_id, s.reported_by,
                t.comment, t.data::text AS data_text
            FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id WHERE t.id = $5
            """, [.. CallerParameters(caller), id]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (comment, data) = (reader.GetOrdinal("comment"), reader.GetOrdinal("data_text"));
        var task = TaskRows.Read(reader) with
        {
            Issue = TaskIssueColumns.Read(reader),
            Comment = reader.IsDBNull(comment) ? null : reader.GetString(comment),
            Data = reader.IsDBNull(data) ? null : JsonNode.Parse(reader.GetString(data)) as JsonObject,
        };
        var visible = reader.GetBoolean(reader.GetOrdinal("mine"))
            || IssueVisibility.CanSee(
                caller, reader.GetString(reader.GetOrdinal("region_path")), reader.GetGuid(reader.GetOrdinal("grid_id")),
                reader.GetString(reader.GetOrdinal("reported_by")), await grids.GetSnapshotAsync(cancellationToken));
        return visible ? task : null;
    }

    private async Task<int> CountAsync(NpgsqlConnection? connection, Caller caller, bool mineOnly, string status, CancellationToken cancellationToken)
    {
        var scope = mineOnly || caller.IsInspectorOnly ? Mine : "s.region_path LIKE $5";
        var join = scope == Mine ? "" : "JOIN issues s ON s.id = t.issue_id";
        var sql = $"SELECT count(*) FROM workflow_tasks t {join} WHERE t.status = $6 AND {scope}";
        object?[] values = [.. CallerParameters(caller), (caller.RegionPrefix ?? "/") + "%", status];
        await using var command = connection is null ? Sql.Command(database, sql, values) : Sql.Command(connection, null, sql, values);
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>$1 user id, $2 inspector id, $3 roles, $4 region id: the parameters of <see cref="Mine"/>.</summary>
    private static object?[] CallerParameters(Caller caller) => [caller.UserId, Sql.Uuid(caller.InspectorId), caller.Roles.ToArray(), Sql.Uuid(caller.RegionId)];
}
