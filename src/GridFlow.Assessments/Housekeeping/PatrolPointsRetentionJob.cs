using GridFlow.Scheduling.Jobs;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Housekeeping;

/// <summary>
/// Deletes the raw points of patrols that finished more than <c>Assessments:PointRetentionDays</c> ago. Nothing a
/// patrol counted for is lost: its track (every point, with its time as M) and its summary stay on the patrol row for
/// good; the points table keeps only what recent and recording patrols need (dedupe and redrawing). Idempotent, and a
/// bounded batch per statement so that one run never holds a long transaction.
/// </summary>
public sealed partial class PatrolPointsRetentionJob(GridFlowDbContext db, TimeProvider clock, IOptions<AssessmentOptions> options, ILogger<PatrolPointsRetentionJob> logger) : IRecurringJob
{
    public const string Name = "patrol-points-retention";

    /// <summary>Nightly, 04:10 UTC (12:10 in China, away from the night's assessment runs).</summary>
    public const string DefaultCron = "10 4 * * *";

    private const int PatrolsPerBatch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-options.Value.PointRetentionDays);
        var patrols = 0;
        var points = 0;
        while (true)
        {
            var batch = await db.Patrols.AsNoTracking()
                .Where(p => p.Status == PatrolStatuses.Finished && p.EndedAt < before && db.PatrolPoints.Any(x => x.PatrolId == p.Id))
                .OrderBy(p => p.EndedAt).Select(p => p.Id).Take(PatrolsPerBatch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            points += await db.PatrolPoints.Where(x => batch.Contains(x.PatrolId)).ExecuteDeleteAsync(cancellationToken);
            patrols += batch.Count;
        }

        LogThinned(logger, points, patrols, before);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Patrol points retention: {Points} raw points of {Patrols} patrols finished before {Before} deleted; their tracks and summaries stay")]
    private static partial void LogThinned(ILogger logger, int points, int patrols, DateTimeOffset before);
}
