using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GridFlow.Benchmarks.Measurement;
using Npgsql;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// The yardstick: <c>pgbench -N</c> (simple updates, no branch contention) against the same PostgreSQL on the
/// same machine, so the completion rate can be read as a fraction of what the database alone manages here.
/// pgbench is a client; it runs as any OS user given host, port and role.
/// </summary>
public static partial class PgBench
{
    private const int Scale = 10;
    private const int Clients = 16;
    private const int Threads = 2;

    /// <summary>Initialises the (empty, scratch) database of <paramref name="connectionString"/>, runs the test and returns its tps.</summary>
    public static async Task<double> RunAsync(string connectionString, int seconds)
    {
        var target = Target(connectionString);
        var started = Stopwatch.GetTimestamp();
        await RunAsync(target, ["-i", "-q", "-s", Invariant(Scale)]);
        Report.Line($"pgbench -i -s {Scale}: {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        var output = await RunAsync(target, ["-N", "-c", Invariant(Clients), "-j", Invariant(Threads), "-T", Invariant(seconds)]);
        foreach (var line in output.Split('\n').Where(l => l.StartsWith("tps", StringComparison.Ordinal) || l.Contains("latency average", StringComparison.Ordinal)))
        {
            Report.Line($"pgbench -N -c {Clients} -j {Threads} -T {seconds}: {line.Trim()}");
        }

        // pgbench ≥ 14 prints "(without initial connection time)", older ones "(excluding connections establishing)".
        var match = TpsLine().Match(output);
        return match.Success
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"no tps line in pgbench's output:\n{output}");
    }

    private static async Task<string> RunAsync(PgTarget target, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Concat(["-h", target.Host, "-p", Invariant(target.Port), "-U", target.User, target.Database]))
        {
            start.ArgumentList.Add(argument);
        }

        if (target.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{output}");
    }

    /// <summary>pgbench from the PostgreSQL that <c>./gridflow bench</c> uses (<c>GRIDFLOW_PG_BIN</c>), else from PATH.</summary>
    private static string Executable() =>
        Environment.GetEnvironmentVariable("GRIDFLOW_PG_BIN") is { Length: > 0 } bin && File.Exists(Path.Combine(bin, "pgbench"))
            ? Path.Combine(bin, "pgbench")
            : "pgbench";

    private static PgTarget Target(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new PgTarget(builder.Host ?? "127.0.0.1", builder.Port, builder.Username ?? "postgres", builder.Password, builder.Database!);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"tps = ([0-9.]+) \((?:without initial connection time|excluding connections establishing)\)")]
    private static partial Regex TpsLine();
}
