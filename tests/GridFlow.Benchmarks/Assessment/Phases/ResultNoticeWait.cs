using System.Diagnostics;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// Waits until a done run has told every inspector: the run is done (and its results readable) when they are committed,
/// and its result notifications are written after that, for seconds with twenty thousand inspectors. The scorecards are
/// measured once that is over, so that their figures are of reading scorecards, not of reading beside that write.
/// </summary>
public static class ResultNoticeWait
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Seconds from now until <paramref name="expected"/> result notifications exist; null if they did not within the limit.</summary>
    public static async Task<double?> WaitAsync(string connectionString, long expected)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            await using var count = Sql.Command(connection, null, "SELECT count(*) FROM notifications WHERE kind = 'assessment-result'");
            if ((long)(await count.ExecuteScalarAsync())! >= expected)
            {
                return Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            await Task.Delay(100);
        }

        Report.Error($"  the run's result notifications were not all written within {Limit.TotalMinutes} minutes");
        return null;
    }
}
