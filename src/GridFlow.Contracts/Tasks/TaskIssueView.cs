namespace GridFlow.Contracts.Tasks;

/// <summary>
/// What an inbox row shows of a task's issue (or other case): its code, category, township and status, so a list of
/// tasks needs no second request per row. Present on <c>GET /api/tasks</c> and <c>GET /api/tasks/{id}</c>.
/// </summary>
public sealed record TaskIssueView(string Code, string Category, string RegionId, string Status);
