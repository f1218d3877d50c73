using NpgsqlTypes;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Writes a run's results with binary COPY (a province is 20,000 rows of scorecards) and marks the run done, in one
/// transaction: a run's results appear whole or not at all. Results of an earlier attempt of the same run (a node that
/// died mid-write and Hangfire started again) are replaced.
/// </summary>
public static class ResultWriter
{
    private const string CopySql = """
        COPY assessment_results (run_id, inspector_id, revision, inspector_name, grid_ids, region_id, county_id, city_id, region_path,
                                 score, grade, pay, rank_in_township, rank_in_county, rank_in_city, lines, created_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlDataSource database, Guid runId, IReadOnlyList<RankedResult> results, DateTimeOffset asOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Serialised on every core first: the lines are most of what is written, and COPY then only streams them.
        var lines = results.AsParallel().AsOrdered().Select(r => ScorecardJson.Write(r.Result.Lines)).ToArray();
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, "DELETE FROM assessment_results WHERE run_id = $1", runId);
        await using (var copy = await connection.BeginBinaryImportAsync(CopySql, cancellationToken))
        {
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                var inspector = r.Inspector;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(runId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(inspector.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(inspector.Name, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.GridIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(inspector.RegionId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(r.CountyId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(r.CityId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(inspector.RegionPath, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.Result.Score, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(r.Result.Grade.Grade, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(r.Result.Grade.Pay, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(r.RankInTownship, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(r.RankInCounty, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(r.RankInCity, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(lines[i], NpgsqlDbType.Json, cancellationToken);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await Sql.ExecuteAsync(connection, transaction, cancellationToken,
            "UPDATE assessment_runs SET status = 'done', phase = NULL, inspectors = $2, facts_as_of = $3, finished_at = $4 WHERE id = $1",
            runId, results.Count, asOf, now);
        await transaction.CommitAsync(cancellationToken);
    }
}
