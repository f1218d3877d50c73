namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>Escalation lists, scoped by <see cref="EscalationAccess"/>; newest first. Each shows its task's current assignee.</summary>
public sealed class EscalationQueries(GridFlowDbContext db)
{
    public async Task<PagedList<EscalationView>> ListAsync(Caller caller, string? status, int? level, PageQuery paging, CancellationToken cancellationToken)
    {
        if (EscalationAccess.VisiblePrefix(caller) is not { } prefix)
        {
            return new PagedList<EscalationView>([], 0, paging.PageNumber, paging.Size);
        }

        var query = from e in db.Escalations.AsNoTracking()
                    join s in db.Issues on e.IssueId equals s.Id
                    where s.RegionPath.StartsWith(prefix) && (status == null || e.Status == status) && (level == null || e.Level == level)
                    select e;
        var total = await query.CountAsync(cancellationToken);
        var page = query.OrderByDescending(e => e.RaisedAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.Size);
        var rows = await WithAssignees(page).ToListAsync(cancellationToken);
        return new PagedList<EscalationView>(rows.Select(ToView).ToList(), total, paging.PageNumber, paging.Size);
    }

    /// <summary>One escalation, on the context's connection (so inside its transaction, when it has one).</summary>
    public async Task<EscalationView?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await WithAssignees(db.Escalations.AsNoTracking().Where(e => e.Id == id)).SingleOrDefaultAsync(cancellationToken) is { } row ? ToView(row) : null;

    /// <summary>The escalations with their task's current assignee, in the order given.</summary>
    private IQueryable<EscalationRow> WithAssignees(IQueryable<Escalation> escalations) =>
        from e in escalations
        join t in db.WorkflowTasks on e.TaskId equals t.Id
        select new EscalationRow(
            e.Id, e.IssueId, e.TaskId, e.Level, e.Card, e.RaisedAt, e.Status,
            t.AssigneeRule, t.AssigneeUserId, t.AssigneeInspectorId, t.AssigneeRole, t.AssigneeRegionId);

    private static EscalationView ToView(EscalationRow row) => new(
        row.Id.ToString(), row.IssueId.ToString(), row.TaskId.ToString(), row.Level, row.Card, row.RaisedAt,
        new AssigneeView(row.Rule, row.UserId, row.InspectorId?.ToString(), row.Role, row.RegionId?.ToString()),
        row.Status);

    private sealed record EscalationRow(
        Guid Id, Guid IssueId, Guid TaskId, int Level, string Card, DateTimeOffset RaisedAt, string Status,
        string Rule, string? UserId, Guid? InspectorId, string? Role, Guid? RegionId);
}
