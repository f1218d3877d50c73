namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>Escalation lists, scoped by <see cref="EscalationAccess"/>; newest first. Each shows its task's current assignee.</summary>
public sealed class EscalationQueries(GridFlowDbContext db)
{
    public Task<PagedList<EscalationView>> ListAsync(Caller caller, string? status, int? level, PageQuery paging, CancellationToken cancellationToken) =>
        ListAsync(caller, new EscalationFilter(status, level), paging, cancellationToken);

    public async Task<PagedList<EscalationView>> ListAsync(Caller caller, EscalationFilter filter, PageQuery paging, CancellationToken cancellationToken)
    {
        if (EscalationAccess.VisiblePrefix(caller) is not { } prefix)
        {
            return new PagedList<EscalationView>([], 0, paging.PageNumber, paging.Size);
        }

        var (status, level, card, category) = (filter.Status, filter.Level, filter.Card, filter.Category);
        var below = filter.RegionPath ?? prefix;
        var (raisedFrom, raisedBefore, kind) = (filter.RaisedFrom, filter.RaisedBefore, filter.Kind);
        var query = from e in db.Escalations.AsNoTracking()
                    join s in db.Issues on e.IssueId equals s.Id
                    join t in db.WorkflowTasks on e.TaskId equals t.Id
                    where s.RegionPath.StartsWith(prefix) && s.RegionPath.StartsWith(below)
                        && (status == null || e.Status == status) && (level == null || e.Level == level)
                        && (card == null || e.Card == card) && (category == null || s.Category == category)
                        && (raisedFrom == null || e.RaisedAt >= raisedFrom) && (raisedBefore == null || e.RaisedAt < raisedBefore)
                        && (kind == null || s.Kind == kind)
                    select new Joined { Escalation = e, Issue = s, Task = t };
        var total = await query.CountAsync(cancellationToken);
        var ordered = (filter.Sort, filter.Descending) switch
        {
            (EscalationFilter.DueAt, true) => query.OrderByDescending(j => j.Task.DueAt).ThenBy(j => j.Escalation.Id),
            (EscalationFilter.DueAt, false) => query.OrderBy(j => j.Task.DueAt).ThenBy(j => j.Escalation.Id),
            (EscalationFilter.LevelSort, true) => query.OrderByDescending(j => j.Escalation.Level).ThenByDescending(j => j.Escalation.RaisedAt).ThenBy(j => j.Escalation.Id),
            (EscalationFilter.LevelSort, false) => query.OrderBy(j => j.Escalation.Level).ThenByDescending(j => j.Escalation.RaisedAt).ThenBy(j => j.Escalation.Id),
            (_, false) => query.OrderBy(j => j.Escalation.RaisedAt).ThenBy(j => j.Escalation.Id),
            _ => query.OrderByDescending(j => j.Escalation.RaisedAt).ThenBy(j => j.Escalation.Id),
        };
        var rows = await Rows(ordered.Skip(paging.Skip).Take(paging.Size)).ToListAsync(cancellationToken);
        return new PagedList<EscalationView>(rows.Select(ToView).ToList(), total, paging.PageNumber, paging.Size);
    }

    /// <summary>One escalation, on the context's connection (so inside its transaction, when it has one).</summary>
    public async Task<EscalationView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Rows(from e in db.Escalations.AsNoTracking().Where(e => e.Id == id)
                   join s in db.Issues on e.IssueId equals s.Id
                   join t in db.WorkflowTasks on e.TaskId equals t.Id
                   select new Joined { Escalation = e, Issue = s, Task = t }).SingleOrDefaultAsync(cancellationToken) is { } row ? ToView(row) : null;

    /// <summary>The escalations with their task's current assignee and their issue's facts, in the order given.</summary>
    private static IQueryable<EscalationRow> Rows(IQueryable<Joined> joined) =>
        joined.Select(j => new EscalationRow(
            j.Escalation.Id, j.Escalation.IssueId, j.Escalation.TaskId, j.Escalation.Level, j.Escalation.Card, j.Escalation.RaisedAt, j.Escalation.Status,
            j.Task.AssigneeRule, j.Task.AssigneeUserId, j.Task.AssigneeInspectorId, j.Task.AssigneeRole, j.Task.AssigneeRegionId,
            j.Issue.Code, j.Issue.Category, j.Issue.RegionId, j.Task.Name, j.Task.DueAt));

    private static EscalationView ToView(EscalationRow row) => new(
        row.Id.ToString(), row.IssueId.ToString(), row.TaskId.ToString(), row.Level, row.Card, row.RaisedAt,
        new AssigneeView(row.Rule, row.UserId, row.InspectorId?.ToString(), row.Role, row.RegionId?.ToString()),
        row.Status, row.IssueCode, row.Category, row.IssueRegionId.ToString(), row.TaskName, row.DueAt);

    private sealed record EscalationRow(
        Guid Id, Guid IssueId, Guid TaskId, int Level, string Card, DateTimeOffset RaisedAt, string Status,
        string Rule, string? UserId, Guid? InspectorId, string? Role, Guid? RegionId,
        string IssueCode, string Category, Guid IssueRegionId, string TaskName, DateTimeOffset? DueAt);

    /// <summary>An escalation with its issue and task; a member-initialised class, so EF Core can order by its members.</summary>
    private sealed class Joined
    {
        public required Escalation Escalation { get; init; }

        public required Issue Issue { get; init; }

        public required WorkflowTask Task { get; init; }
    }
}
