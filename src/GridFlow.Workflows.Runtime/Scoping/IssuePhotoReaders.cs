using GridFlow.Accounts.Scoping;
using GridFlow.Attachments.Contracts;
using GridFlow.Regions.Spatial;

namespace GridFlow.Workflows.Runtime.Scoping;

/// <summary>A photo an issue uses may be read by whoever may see the issue (<see cref="IssueVisibility"/>).</summary>
public sealed class IssuePhotoReaders(GridFlowDbContext db, GridSpatialIndex grids) : IAttachmentReaders
{
    public async Task<bool> MayReadAsync(Caller caller, Guid attachmentId, CancellationToken cancellationToken)
    {
        var issues = await (from link in db.IssueAttachments.AsNoTracking()
                            join issue in db.Issues on link.IssueId equals issue.Id
                            where link.AttachmentId == attachmentId
                            select new { issue.RegionPath, issue.GridId, issue.ReportedBy })
            .ToListAsync(cancellationToken);
        if (issues.Count == 0)
        {
            return false;
        }

        var snapshot = await grids.GetSnapshotAsync(cancellationToken);
        return issues.Any(i => IssueVisibility.CanSee(caller, i.RegionPath, i.GridId, i.ReportedBy, snapshot));
    }
}
