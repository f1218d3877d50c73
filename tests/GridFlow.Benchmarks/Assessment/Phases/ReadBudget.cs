using System.Diagnostics;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>
/// How long one plain pass over each loaded fact table takes (<c>SELECT count(*)</c>, the second of two so the table
/// is in the cache as it is in service): the floor under any run that reads a month's facts, for whoever writes it.
/// </summary>
public static class ReadBudget
{
    private static readonly string[] Tables =
    [
        "patrols", "issues", "workflow_tasks", "escalations", "grid_assignments", "pollution_sources", "trainings", "training_attendance", "inspectors",
    ];

    public static async Task PrintAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var total = 0.0;
        foreach (var table in Tables)
        {
            long rows = 0;
            var ms = 0.0;
            for (var pass = 0; pass < 2; pass++)
            {
                var started = Stopwatch.GetTimestamp();
                await using var command = Sql.Command(connection, null, $"SELECT count(*) FROM {table}");
                rows = (long)(await command.ExecuteScalarAsync())!;
                ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            total += ms;
            Report.Line($"  read budget: SELECT count(*) FROM {table}: {rows} rows in {ms:F1} ms");
        }

        Report.Line($"  read budget: all of them once: {total:F0} ms (one backend; a run's own reads add joins, grouping and the writes of its results)");
    }
}
