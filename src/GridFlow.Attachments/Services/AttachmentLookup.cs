using GridFlow.Attachments.Contracts;
using GridFlow.Data;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Attachments.Services;

/// <summary>Checks attachment ids against the database in a single query, however many there are.</summary>
public sealed class AttachmentLookup(GridFlowDbContext db) : IAttachmentLookup
{
    public async Task<IReadOnlyList<string>> FindMissingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var candidates = AttachmentIds.Candidates(ids);
        // EF.Parameter pins the ids to one array parameter (WHERE id = ANY(@ids)), whatever the provider's default for collections.
        var found = candidates.Count == 0
            ? []
            : await db.Attachments.Where(a => EF.Parameter(candidates).Contains(a.Id)).Select(a => a.Id).ToHashSetAsync(cancellationToken);
        return AttachmentIds.Missing(ids, found);
    }
}
