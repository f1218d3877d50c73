using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// What the scheduled jobs do: for every published scheme, start the run of the period that has just ended (in China
/// time) — the month, or the quarter or year as the mean of its months. Once per scheme and period however often the job
/// runs (<see cref="RunStarter.StartScheduledAsync"/>).
/// </summary>
public sealed partial class ScheduledRuns(GridFlowDbContext db, RunStarter starter, IOptions<AssessmentOptions> options, TimeProvider clock, ILogger<ScheduledRuns> logger)
{
    public async Task StartAsync(int months, CancellationToken cancellationToken)
    {
        var (from, to) = PreviousPeriod(months);
        var schemes = await db.AssessmentSchemes.AsNoTracking().Where(s => s.Status == SchemeStatuses.Published)
            .Select(s => new { s.SchemeId, s.Version }).ToListAsync(cancellationToken);
        foreach (var scheme in schemes)
        {
            var kind = months == 1 ? RunKinds.Facts : RunKinds.Aggregate;
            var run = await starter.StartScheduledAsync(scheme.SchemeId, scheme.Version, kind, from, to, cancellationToken);
            if (run is null)
            {
                LogAlreadyStarted(logger, scheme.SchemeId, from, to);
            }
        }
    }

    /// <summary>The whole <paramref name="months"/>-month period (1, 3 or 12, aligned to the calendar) that ended before today, China time.</summary>
    public (DateOnly From, DateOnly To) PreviousPeriod(int months)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var index = (today.Year * 12 + today.Month - 1) / months * months - months;
        var from = new DateOnly(index / 12, index % 12 + 1, 1);
        return (from, from.AddMonths(months).AddDays(-1));
    }

    [LoggerMessage(LogLevel.Information, "The scheduled run of {SchemeId} for {From}–{To} was started already")]
    private static partial void LogAlreadyStarted(ILogger logger, string schemeId, DateOnly from, DateOnly to);
}
