using GridFlow.Assessments.Runs;

namespace GridFlow.Assessments.Adjustments;

/// <summary>
/// Records and lists manual adjustments. A row is audited by the audit interceptor (it is <c>IAudited</c>), in the same
/// transaction as the row itself.
/// </summary>
public sealed class AdjustmentRecorder(GridFlowDbContext db, TimeProvider clock)
{
    public async Task<AdjustmentView> RecordAsync(Caller caller, CreateAdjustmentRequest request, Guid? appealId, CancellationToken cancellationToken)
    {
        var adjustment = new AssessmentAdjustment
        {
            InspectorId = request.InspectorId!.Value, At = request.At!.Value.ToUniversalTime(), Points = request.Points!.Value, Reason = request.Reason!.Trim(),
            AppealId = appealId, RecordedBy = caller.UserName, RecordedAt = clock.GetUtcNow(),
        };
        db.AssessmentAdjustments.Add(adjustment);
        await db.SaveChangesAsync(cancellationToken);
        return View(adjustment);
    }

    /// <summary>The adjustments of <paramref name="inspectorIds"/> (null: everyone's) in the period, newest first.</summary>
    public async Task<PagedList<AdjustmentView>> ListAsync(IReadOnlyCollection<Guid>? inspectorIds, AssessmentPeriod period, PageQuery paging, CancellationToken cancellationToken)
    {
        var query = db.AssessmentAdjustments.AsNoTracking();
        if (inspectorIds is not null)
        {
            query = query.Where(a => inspectorIds.Contains(a.InspectorId));
        }

        if (period.Start is { } start)
        {
            query = query.Where(a => a.At >= start);
        }

        if (period.End is { } end)
        {
            query = query.Where(a => a.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.At).ThenBy(a => a.Id).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return new PagedList<AdjustmentView>(rows.Select(View).ToList(), total, paging.PageNumber, paging.Size);
    }

    private static AdjustmentView View(AssessmentAdjustment a) =>
        new(a.Id.ToString(), a.InspectorId.ToString(), a.At, a.Points, a.Reason, a.RecordedBy, a.RecordedAt, a.AppealId?.ToString());
}
