using GridFlow.Assessments.Runs;
using GridFlow.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// The monthly, quarterly and annual jobs with the test clock: what each starts when it fires, that firing twice starts
/// nothing more, and the schedule Hangfire holds for them (cron and zone: 02:00 China time on the 1st).
/// </summary>
public sealed class ScheduledRunTests(ClockedFixture fixture) : IClassFixture<ClockedFixture>
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task The_monthly_job_runs_the_month_before_once_and_the_quarterly_job_aggregates_the_quarter()
    {
        // 1 April 2026, 02:00 China time. (Both runs are made at the same fake instant: they are told apart by kind.)
        fixture.Host.AdvanceTo(new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero));
        await FireAsync<MonthlyRunsJob>();
        await FireAsync<MonthlyRunsJob>();
        await FireAsync<QuarterlyRunsJob>();

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GridFlowDbContext>();
        var runs = await db.AssessmentRuns.AsNoTracking().Where(r => r.Trigger == "schedule").OrderByDescending(r => r.Kind).ToListAsync();
        Assert.Equal(
            [("facts", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), ("aggregate", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31))],
            runs.Select(r => (r.Kind, r.PeriodFrom, r.PeriodTo)).ToArray());
        Assert.All(runs, r => Assert.Equal(("inspector-monthly", "system"), (r.SchemeId, r.RequestedBy)));

        // Hangfire carries out the month's run; the quarter's fails with the months it lacks (January and February never ran).
        var client = await fixture.Host.ClientForAsync("admin");
        await RunsFixture.WaitAsync(client, runs[0].Id.ToString());
        var quarter = await WaitEndedAsync(client, runs[1].Id.ToString());
        Assert.Equal("failed", quarter.GetProperty("status").GetString());
        Assert.Contains("2026-01", quarter.GetProperty("error").GetString());
    }

    [Fact]
    public void Hangfire_holds_the_jobs_in_China_time()
    {
        using var connection = fixture.Host.Services.GetRequiredService<JobStorage>().GetConnection();
        // Hangfire plans the next firing by the real clock: the next 1st of a month (of a quarter, of January) after now, China time.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China);
        var firstOfNextMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.FromHours(8)).AddMonths(1);
        var nextQuarter = firstOfNextMonth;
        while (nextQuarter.Month % 3 != 1)
        {
            nextQuarter = nextQuarter.AddMonths(1);
        }

        foreach (var (name, cron, expected) in new[]
        {
            (MonthlyRunsJob.Name, "0 2 1 * *", firstOfNextMonth.AddHours(2)),
            (QuarterlyRunsJob.Name, "0 3 1 1,4,7,10 *", nextQuarter.AddHours(3)),
            (AnnualRunsJob.Name, "0 4 1 1 *", new DateTimeOffset(now.Year + 1, 1, 1, 4, 0, 0, TimeSpan.FromHours(8))),
        })
        {
            var job = connection.GetAllEntriesFromHash($"recurring-job:{name}");
            Assert.Equal((cron, "Asia/Shanghai"), (job["Cron"], job["TimeZoneId"]));
            Assert.Equal(expected, DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(job["NextExecution"], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private async Task FireAsync<TJob>() where TJob : GridFlow.Scheduling.Jobs.IRecurringJob
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<JsonElement> WaitEndedAsync(HttpClient client, string runId)
    {
        for (var i = 0; i < 300; i++)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}");
            if (run.GetProperty("status").GetString() is "done" or "failed")
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Run {runId} did not end.");
    }
}
