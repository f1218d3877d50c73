using GridFlow.Data.ReferenceData;
using GridFlow.Data.Statements;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GridFlow.Regions.Spatial;

/// <summary>
/// Point-in-polygon lookup over all grids, in memory. Lookups read an immutable snapshot; the snapshot
/// is rebuilt when this node changed a grid (<see cref="Invalidate"/>) or when the periodic check finds
/// that another node did. While one caller checks, the others keep answering from the old snapshot.
/// </summary>
public sealed partial class GridSpatialIndex(
    ReferenceDataContexts referenceData,
    TimeProvider clock,
    IOptions<SpatialOptions> options,
    ILogger<GridSpatialIndex> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile GridIndexSnapshot? current;
    private long checkedAt;
    private volatile bool invalidated;

    /// <summary>Marks the index stale; the next lookup waits for a rebuild that includes this node's change.</summary>
    public void Invalidate() => invalidated = true;

    public async ValueTask<List<GridIndexEntry>> LocateAsync(double lon, double lat, CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).Locate(lon, lat);

    public async ValueTask<GridIndexSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = current;
        if (snapshot is not null && !invalidated && !CheckDue())
        {
            return snapshot;
        }

        // Only one caller refreshes; the rest use the old snapshot unless this node's own write made it wrong.
        if (snapshot is not null && !invalidated && !gate.Wait(0))
        {
            return snapshot;
        }

        if (snapshot is null || invalidated)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = current;
            if (snapshot is not null && !invalidated && !CheckDue())
            {
                return snapshot;
            }

            var wasInvalidated = invalidated;
            invalidated = false;
            await using var db = referenceData.Create();
            var stamp = await ReadStampAsync(db, cancellationToken);
            Interlocked.Exchange(ref checkedAt, clock.GetTimestamp());
            if (snapshot is not null && !wasInvalidated && stamp == snapshot.Stamp)
            {
                return snapshot;
            }

            var started = clock.GetTimestamp();
            var entries = await db.Grids.AsNoTracking()
                .Select(g => new GridIndexEntry(g.Id, g.Code, g.Name, g.RegionId, g.Region!.Path, g.InspectorId, g.Boundary))
                .ToListAsync(cancellationToken);
            current = new GridIndexSnapshot(entries, stamp);
            LogRebuilt(logger, entries.Count, clock.GetElapsedTime(started).TotalMilliseconds);
            return current;
        }
        catch
        {
            invalidated = true;
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool CheckDue() =>
        clock.GetElapsedTime(Interlocked.Read(ref checkedAt)).TotalSeconds >= options.Value.IndexRefreshSeconds;

    private static async Task<DatabaseStamp> ReadStampAsync(GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The sum of row versions changes with every write to grids: a fingerprint that LINQ cannot express.
            await using var command = Sql.Command((NpgsqlConnection)connection, null, "SELECT count(*) AS grids, coalesce(sum(xmin::text::bigint), 0) AS versions FROM grids");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new DatabaseStamp(reader.GetInt64(reader.GetOrdinal("grids")), reader.GetDecimal(reader.GetOrdinal("versions")));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(LogLevel.Information, "Grid index rebuilt with {GridCount} grids in {ElapsedMs:0} ms")]
    private static partial void LogRebuilt(ILogger logger, int gridCount, double elapsedMs);
}
