using System.Diagnostics;

namespace GridFlow.Server.Tests.Workflows.Runtime.Timers;

/// <summary>
/// A worker killed with SIGKILL in the middle of a batch loses nothing: its transaction dies with its connection,
/// the claimed timers are free again, and another node fires each of them exactly once.
/// </summary>
public sealed class KilledNodeTests
{
    private const int Timers = 20_000;

    [Fact]
    public async Task WorkerKilledMidBatch_AnotherNodeFiresEveryTimerExactlyOnce()
    {
        var connectionString = await TestDatabases.CreateDemoAsync();
        var sql = new TestSql(connectionString);
        List<object?[]> tasks;
        await using (var api = new GridFlowApp(connectionString, new() { ["Scheduling:Role"] = "api" }))
        {
            api.StartServer();
            var flow = new Lifecycle(api);
            var issues = new List<Guid>();
            for (var i = 0; i < 3; i++)
            {
                issues.Add(Guid.Parse((await flow.ReportAsync()).GetProperty("id").GetString()!));
            }

            tasks = await sql.RowsAsync("SELECT id, instance_id, issue_id FROM workflow_tasks WHERE issue_id = ANY($1) AND status = 'open'", issues.ToArray());
        }

        var before = await sql.CountAsync("SELECT count(*) FROM outbox WHERE template = 'task-reminder'");
        using var worker = StartWorker(connectionString);
        try
        {
            await WaitForLiveAsync(worker);
            await sql.ExecuteAsync("""
                INSERT INTO workflow_timers (id, task_id, instance_id, issue_id, kind, due_at, status, created_at)
                SELECT gen_random_uuid(), t.id, t.instance_id, t.issue_id, 'reminder', now() - interval '1 second', 'pending', now()
                FROM generate_series(1, $4) g, LATERAL (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS u(id, instance_id, issue_id) OFFSET g % 3 LIMIT 1) t
                """,
                tasks.Select(t => (Guid)t[0]!).ToArray(), tasks.Select(t => (Guid)t[1]!).ToArray(), tasks.Select(t => (Guid)t[2]!).ToArray(), Timers);

            // Kill the worker while its sweep transaction holds claimed timers.
            await WaitForSweepInProgressAsync(sql);
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        var firedByTheDeadNode = await sql.CountAsync("SELECT count(*) FROM workflow_timers WHERE kind = 'reminder' AND status = 'fired'");
        Assert.True(firedByTheDeadNode < Timers, "The worker finished before it was killed; the test did not kill it mid-batch.");

        await using var survivor = new GridFlowApp(connectionString);
        survivor.StartServer();
        Assert.Equal(Timers, await sql.WaitForCountAsync(Timers, "SELECT count(*) FROM workflow_timers WHERE kind = 'reminder' AND status = 'fired'"));
        // The survivor sweeps once more: a timer fired twice would add a second notice now.
        await survivor.SweptAsync();
        Assert.Equal(Timers, await sql.CountAsync("SELECT count(*) FROM outbox WHERE template = 'task-reminder'") - before);
    }

    /// <summary>The real server, as its own process, sweeping only (no HTTP work is sent to it).</summary>
    private static Process StartWorker(string connectionString)
    {
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "GridFlow.Server.dll"), "--urls", $"http://127.0.0.1:{FreePort.Next()}", "--contentRoot", bin])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__GridFlow"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Scheduling__Role"] = "worker";
        start.Environment["Timers__BatchSize"] = Timers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(Path.GetTempPath(), "gridflow-tests", "worker-.clef");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLiveAsync(Process worker)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var url = worker.StartInfo.ArgumentList[2] + "/health/live";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(worker.HasExited, $"The worker exited with {(worker.HasExited ? worker.ExitCode : 0)} before it was ready.");
            try
            {
                if ((await client.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The worker did not become live within 60 s.");
    }

    /// <summary>Waits until some backend has a transaction open on workflow_timers: the worker's sweep.</summary>
    private static async Task WaitForSweepInProgressAsync(TestSql sql)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var busy = await sql.CountAsync("""
                SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE c.relname = 'workflow_timers' AND l.mode IN ('RowShareLock', 'RowExclusiveLock') AND l.pid <> pg_backend_pid()
                """);
            if (busy > 0)
            {
                return;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("The worker never started sweeping.");
    }
}
