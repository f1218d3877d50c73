using GridFlow.Data;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Attachments.Contracts;

/// <summary>
/// Which attachments an account uploaded, for modules whose photo fields take only the caller's own uploads (a pollution
/// source's photos, a check-in's): naming someone else's photo would make it readable to whoever sees the source.
/// </summary>
public sealed class AttachmentUploads(GridFlowDbContext db)
{
    /// <summary>The ids among <paramref name="ids"/> that name attachments <paramref name="userId"/> uploaded.</summary>
    public async Task<HashSet<Guid>> UploadedByAsync(IReadOnlyCollection<Guid> ids, string userId, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.UploadedBy == userId).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
}
