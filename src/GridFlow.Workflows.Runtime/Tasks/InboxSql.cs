using System.Collections.Concurrent;

namespace GridFlow.Workflows.Runtime.Tasks;

/// <summary>
/// The inbox statement. A task is assigned to a user, an inspector or a role in a region (exactly one), and each kind
/// has an index in inbox order (status, due, created, id). So instead of OR-ing the three conditions, which makes
/// PostgreSQL fetch and sort every task of the inbox to return one page, each kind (and each of the caller's roles)
/// is its own branch that reads only the first skip + size entries of its index; the branches are merged, and the
/// total is counted from the same indexes. A page costs the same with 20 tasks in the inbox or 20,000.
/// Parameters: $1 user id, $2 inspector id, $3 region id, $4 status, $5 skip + size, $6 size, $7 skip, $8… roles.
/// </summary>
public static class InboxSql
{
    private const string Order = "due_at NULLS LAST, created_at, id";

    private static readonly ConcurrentDictionary<int, string> ByRoleCount = new();

    /// <summary>The statement for a caller with <paramref name="roles"/> roles (its text depends only on the count, so it stays prepared).</summary>
    public static string For(int roles) => ByRoleCount.GetOrAdd(roles, Build);

    private static string Build(int roles)
    {
        var conditions = new List<string> { "assignee_user_id = $1", "assignee_inspector_id = $2" };
        conditions.AddRange(Enumerable.Range(0, roles).Select(i => $"assignee_role = ${8 + i} AND assignee_region_id = $3"));
        var branches = conditions.Select(c => $"(SELECT id, due_at, created_at FROM workflow_tasks WHERE {c} AND status = $4 ORDER BY {Order} LIMIT $5)");
        var counts = conditions.Select(c => $"(SELECT count(*) FROM workflow_tasks WHERE {c} AND status = $4)");
        return $"""
            WITH page AS (
                SELECT id, due_at, created_at FROM ({string.Join("\nUNION ALL\n", branches)}) AS candidates
                ORDER BY {Order} LIMIT $6 OFFSET $7)
            SELECT {TaskRows.Columns}, {TaskIssueColumns.Columns}, {string.Join(" + ", counts)} AS total
            FROM page JOIN workflow_tasks t ON t.id = page.id JOIN issues s ON s.id = t.issue_id
            ORDER BY page.due_at NULLS LAST, page.created_at, page.id
            """;
    }
}
