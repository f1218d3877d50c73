using Microsoft.EntityFrameworkCore.Storage;

namespace GridFlow.Workflows.Management.Services;

/// <summary>
/// PostgreSQL transaction-scoped advisory locks that serialise writers of workflow definitions across nodes,
/// so that a version number is never taken twice and a draft cannot change between its validation and its publish.
/// Both are released when the surrounding transaction ends.
/// </summary>
internal static class DefinitionLocks
{
    /// <summary>The file import of all nodes ("gridflow" in ASCII); only one node imports at a time.</summary>
    private const long ImportKey = 0x67726964666c6f77;

    public static Task LockImportAsync(GridFlowDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportKey})", cancellationToken);

    /// <summary>Begins a transaction that holds the definition's lock (<see cref="LockDefinitionAsync"/>) until it ends.</summary>
    public static async Task<IDbContextTransaction> BeginWriteAsync(GridFlowDbContext db, string definitionId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockDefinitionAsync(db, definitionId, cancellationToken);
        return transaction;
    }

    /// <summary>Every write to one definition's versions (draft, publish, retract, import) holds this lock.</summary>
    public static Task LockDefinitionAsync(GridFlowDbContext db, string definitionId, CancellationToken cancellationToken)
    {
        var key = "gridflow:workflow-definition:" + definitionId;
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
