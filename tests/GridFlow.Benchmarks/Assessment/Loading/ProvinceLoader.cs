using System.Diagnostics;
using GridFlow.Assessments.Sources;
using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Measurement;
using GridFlow.Data.Accounts;
using GridFlow.Data.Statements;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// The whole load, in dependency order: regions, grids, inspectors and assignments; the accounts (bulk, and the upload
/// phase's through the host); the month's facts in one pass over the grids; trainings; then the issue-code sequence
/// moved past the loaded codes and VACUUM (ANALYZE), as autovacuum would leave tables this size in service.
/// Bypasses EF on purpose: the audit interceptor would add an audit row per grid, source and training (not loaded).
/// </summary>
public sealed class ProvinceLoader(AssessmentOptions options, ProvinceLayout layout, ProvinceIds ids, GridOwners owners, AssessedMonth month)
{
    private static readonly string[] Tables =
    [
        "regions", "grids", "inspectors", "grid_assignments", "AspNetUsers", "patrols", "issues", "workflow_instances", "workflow_tasks",
        "escalations", "pollution_sources", "patrol_source_passes", "trainings", "training_attendance",
    ];

    public async Task<LoadFigures> LoadAsync(BenchHost host, string connectionString)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new RegionLoader(layout, ids, owners, month).LoadAsync(connection);
        Report.Line($"  regions, grids, inspectors, assignments: {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        await UploadAccounts.AddRolesAsync(host.Services);
        var hash = host.GetService<IPasswordHasher<GridFlowUser>>().HashPassword(new GridFlowUser(), AccountLoader.Password);
        await new AccountLoader(layout, ids).LoadAsync(connection, hash);
        await UploadAccounts.ProvisionAsync(host.Services, layout, ids);
        Report.Line($"  accounts ({ids.UploadInspectors.Length} through the host's provisioner): {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");

        var shape = await LifecycleShape.ReadAsync(connection);
        var facts = new FactLoader(options, layout, ids, owners, month, shape);
        await facts.LoadAsync(connectionString);
        Report.Line($"  patrols, issues, instances, tasks, escalations, sources: {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        // The app records which sources a patrol passed when it finishes; these patrols were copied in around it.
        await using (var passes = Sql.Command(connection, null, SourcePasses.RecordAllSql, SourcePasses.RecordedWithinMeters))
        {
            passes.CommandTimeout = 600;
            await passes.ExecuteNonQueryAsync();
        }

        Report.Line($"  the patrols' passes by sources (recorded at finish by the app): {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        await new TrainingLoader(layout, ids, month).LoadAsync(connection);
        await using (var sequence = Sql.Command(connection, null, "SELECT setval('issue_code_seq', $1)", facts.Issues!.LastCodeNumber))
        {
            await sequence.ExecuteNonQueryAsync();
        }

        var copied = Stopwatch.GetElapsedTime(started);
        foreach (var table in Tables)
        {
            await using var vacuum = Sql.Command(connection, null, $"VACUUM (ANALYZE) \"{table}\"");
            await vacuum.ExecuteNonQueryAsync();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            await using var count = Sql.Command(connection, null, $"SELECT count(*) FROM \"{table}\"");
            rows[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        rows["inspector tasks"] = facts.Issues.InspectorTasks;
        return new LoadFigures(rows, elapsed, elapsed - copied);
    }
}
