using GridFlow.Assessments.Runs;
using GridFlow.Notifications.Results;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Hands a finished run's results to Notifications (<see cref="ResultNotifier"/>) once they are committed. The results
/// stand whether or not the notifications are written: a failure here is logged, never turned into a failed run.
/// </summary>
public sealed partial class ResultNotifications(ResultNotifier notifier, ILogger<ResultNotifications> logger)
{
    public async Task NotifyAsync(AssessmentRun run, string schemeName, IReadOnlyList<RankedResult> results, CancellationToken cancellationToken)
    {
        if (run.Kind != RunKinds.Facts || results.Count == 0)
        {
            return;
        }

        try
        {
            await notifier.NotifyAsync(
                new ResultNotice(run.Id, schemeName, run.PeriodFrom, run.PeriodTo),
                results.Select(r => new InspectorResultNotice(r.Inspector.Id, r.Result.Score, r.Result.Grade.Grade, r.Result.Grade.Pay, r.RankInTownship, r.RankInCounty)).ToList(),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, run.Id);
        }
    }

    [LoggerMessage(LogLevel.Error, "Assessment run {RunId}: its results stand, but notifying its inspectors failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid runId);
}
