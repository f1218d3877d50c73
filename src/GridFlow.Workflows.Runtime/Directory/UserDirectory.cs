using System.Collections.Concurrent;
using GridFlow.Data;
using GridFlow.Data.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Workflows.Runtime.Directory;

/// <summary>User ids by user name, for the <c>user</c> assignee rule. Names do not change, so hits are kept.</summary>
public sealed class UserDirectory(ReferenceDataContexts referenceData)
{
    private readonly ConcurrentDictionary<string, string> ids = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<string?> FindIdAsync(string userName, CancellationToken cancellationToken)
    {
        if (ids.TryGetValue(userName, out var id))
        {
            return id;
        }

        await using var db = referenceData.Create();
        var normalized = userName.ToUpperInvariant();
        id = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is not null)
        {
            ids[userName] = id;
        }

        return id;
    }
}
