using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// The runtime's question when a report names a cross-check: only its checker reports for it, only in its grid, and
/// only while it is not done (an overdue one is still being worked on).
/// </summary>
public sealed class CrossCheckLinks(GridFlowDbContext db, CrossCheckReader reader) : ICrossCheckLinks
{
    public async Task<string?> RefusalAsync(Caller caller, Guid crossCheckId, Guid gridId, CancellationToken cancellationToken)
    {
        var check = await db.CrossChecks.AsNoTracking().Where(c => c.Id == crossCheckId)
            .Select(c => new { c.CheckerUserId, c.GridId, c.CaseId }).SingleOrDefaultAsync(cancellationToken);
        if (check is null || check.CheckerUserId != caller.UserId)
        {
            // Someone else's cross-check is as unknown to the caller as one that does not exist.
            return "No cross-check of yours has this id.";
        }

        if (check.GridId != gridId)
        {
            return "The issue is not in the cross-check's grid.";
        }

        return await reader.IsOpenAsync(check.CaseId, cancellationToken) ? null : "The cross-check is done; nothing more is reported for it.";
    }
}
