using GridFlow.Data.Auditing;

namespace GridFlow.Regions.Directory;

/// <summary>
/// The one write other modules may make to an inspector: setting their status to <c>Dismissed</c> once a supervisor has
/// confirmed it (Assessments decides who is on the dismissal list; the inspectors table stays Regions'). Audited like
/// Regions' other writes, through the <see cref="IAudited"/> entity (the status's before and after), plus one row that
/// says why: the run and the supervisor's reason, in the same SaveChanges, so neither commits without the other.
/// </summary>
public sealed class InspectorDismissals(GridFlowDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string Action = "dismissed";

    public async Task<DismissalOutcome> DismissAsync(Guid inspectorId, Guid runId, string reason, CancellationToken cancellationToken)
    {
        var inspector = await db.Inspectors.SingleOrDefaultAsync(i => i.Id == inspectorId, cancellationToken);
        if (inspector is null)
        {
            return DismissalOutcome.NotFound;
        }

        if (inspector.Status == InspectorStatus.Dismissed)
        {
            return DismissalOutcome.AlreadyDismissed;
        }

        var before = inspector.Status;
        inspector.Status = InspectorStatus.Dismissed;
        AuditTrail.Add(db, actor, clock.GetUtcNow(), Action, nameof(Inspector), inspectorId.ToString(),
            new { status = before.ToString() }, new { status = inspector.Status.ToString(), runId, reason });
        await db.SaveChangesAsync(cancellationToken);
        return DismissalOutcome.Dismissed;
    }
}
