using System.Collections.Concurrent;
using GridFlow.Assessments.Scoring;
using GridFlow.ServiceDefaults.Json;

namespace GridFlow.Assessments.Runs;

/// <summary>
/// Reads one scorecard in one round trip (the run and the result joined), checks what the caller may see in memory,
/// and passes the stored lines through to the response unparsed (<see cref="RawJsonList{T}"/>): a scorecard is read
/// far more often than written, and its lines are already the API's JSON. A scheme version's base is read once: a
/// published version never changes.
/// </summary>
public sealed class ScorecardReader(NpgsqlDataSource database)
{
    private const string ScorecardSql = """
        SELECT r.scheme_id, r.scheme_version, r.kind, r.period_from, r.period_to, r.region_path AS run_path,
               x.inspector_name, x.grid_ids, x.region_id, x.region_path, x.score, x.grade, x.pay,
               x.rank_in_township, x.rank_in_county, x.rank_in_city, x.revision, x.lines
        FROM assessment_results x JOIN assessment_runs r ON r.id = x.run_id
        WHERE x.run_id = $1 AND x.inspector_id = $2
        """;

    private static readonly ConcurrentDictionary<(string SchemeId, int Version), decimal> Bases = new();

    /// <summary>The scorecard, or null when there is none the caller may see (the run or the result).</summary>
    public async Task<ScorecardView?> ReadAsync(Caller caller, Guid runId, Guid inspectorId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        ScorecardView card;
        string? runPath;
        string resultPath;
        string kind;
        await using (var command = Sql.Command(connection, null, ScorecardSql, runId, inspectorId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            runPath = reader.IsDBNull(5) ? null : reader.GetString(5);
            resultPath = reader.GetString(9);
            var (schemeId, version) = (reader.GetString(0), reader.GetInt32(1));
            kind = reader.GetString(2);
            card = new ScorecardView(
                inspectorId.ToString(), reader.GetString(6), reader.GetFieldValue<Guid[]>(7).Select(g => g.ToString()).ToList(), reader.GetGuid(8).ToString(),
                reader.GetDecimal(10), reader.GetString(11), reader.GetDecimal(12), reader.GetInt32(13), reader.GetInt32(14), reader.GetInt32(15), reader.GetInt32(16),
                runId.ToString(), schemeId, version, reader.GetFieldValue<DateOnly>(3), reader.GetFieldValue<DateOnly>(4),
                0, new RawJsonList<ScorecardLine>(reader.GetFieldValue<byte[]>(17)));
        }

        if (!caller.SeesRun(runPath) || !caller.SeesResult(inspectorId, resultPath))
        {
            return null;
        }

        // An aggregate's lines are months, not items: it has no base.
        return kind == RunKinds.Aggregate ? card : card with { Base = await BaseAsync(connection, card.SchemeId, card.SchemeVersion, cancellationToken) };
    }

    private static async Task<decimal> BaseAsync(NpgsqlConnection connection, string schemeId, int version, CancellationToken cancellationToken)
    {
        if (Bases.TryGetValue((schemeId, version), out var known))
        {
            return known;
        }

        await using var command = Sql.Command(connection, null, "SELECT document FROM assessment_schemes WHERE scheme_id = $1 AND version = $2", schemeId, version);
        var value = SchemeRules.Parse((string)(await command.ExecuteScalarAsync(cancellationToken))!).Base;
        Bases[(schemeId, version)] = value;
        return value;
    }
}
