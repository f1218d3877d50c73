namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>
/// What other modules may ask of the cases they started (a cross-check's, an appeal's) without naming the runtime's
/// tables: which cases' workflows completed, as a query they compose into their own (one statement), each case's facts,
/// how a completed case was decided, and the issues reported for a cross-check.
/// </summary>
public sealed class CaseQueries(GridFlowDbContext db)
{
    /// <summary>The ids of the cases whose workflow completed; composable into a query on the same context.</summary>
    public IQueryable<Guid> CompletedCaseIds() =>
        db.WorkflowInstances.Where(i => i.Status == InstanceStatuses.Completed).Select(i => i.IssueId);

    public async Task<Dictionary<Guid, CaseFacts>> FactsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var rows = await db.WorkflowInstances.AsNoTracking().Where(i => caseIds.Contains(i.IssueId))
            .Select(i => new
            {
                i.IssueId,
                i.Status,
                FirstTask = db.WorkflowTasks.Where(t => t.IssueId == i.IssueId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => (Guid?)t.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.IssueId, r => new CaseFacts(r.IssueId, r.Status == InstanceStatuses.Completed, r.FirstTask));
    }

    /// <summary>
    /// How each of these cases was decided: the last task completed by a person, for those whose workflow completed. A
    /// case still running, or ended only by timeouts, has no decision yet.
    /// </summary>
    public async Task<Dictionary<Guid, CaseDecision>> DecisionsAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        var completed = CompletedCaseIds();
        var rows = await db.WorkflowTasks.AsNoTracking()
            .Where(t => caseIds.Contains(t.IssueId) && completed.Contains(t.IssueId) && t.Status == TaskStatuses.Done && t.Outcome != null && t.CompletedAt != null)
            .Select(t => new { t.IssueId, t.ActivityId, t.Outcome, t.Data, t.Comment, t.CompletedBy, t.CompletedAt, t.Id })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.IssueId).ToDictionary(g => g.Key, g =>
        {
            var last = g.OrderBy(r => r.CompletedAt).ThenBy(r => r.Id).Last();
            return new CaseDecision(last.IssueId, last.ActivityId, last.Outcome!, last.Data is null ? null : JsonNode.Parse(last.Data) as JsonObject,
                last.Comment, last.CompletedBy, last.CompletedAt!.Value);
        });
    }

    /// <summary>The issues reported for each of these cross-checks, oldest first.</summary>
    public async Task<Dictionary<Guid, List<CaseIssue>>> IssuesOfCrossChecksAsync(IReadOnlyCollection<Guid> crossCheckIds, CancellationToken cancellationToken)
    {
        var rows = await db.Issues.AsNoTracking()
            .Where(i => i.CrossCheckId != null && crossCheckIds.Contains(i.CrossCheckId.Value) && i.Kind == CaseKinds.Issue)
            .OrderBy(i => i.ReportedAt).ThenBy(i => i.Id)
            .Select(i => new { CrossCheckId = i.CrossCheckId!.Value, i.Id, i.Code })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CrossCheckId).ToDictionary(g => g.Key, g => g.Select(r => new CaseIssue(r.Id.ToString(), r.Code)).ToList());
    }
}
