using GridFlow.Assessments.Runs;
using GridFlow.Assessments.Scoring;
using Microsoft.EntityFrameworkCore.Storage;

namespace GridFlow.Assessments.Appeals;

/// <summary>
/// Scores one inspector of a done run again as a new revision of their result, in the caller's transaction: the run's
/// scheme version and period, the facts as they are now (the run's own queries, <see cref="FactReader.ReadOneAsync"/>,
/// and the pure <see cref="Scorer"/>). The revision replaced is kept whole in <c>assessment_result_revisions</c>, and the
/// run's ranks are recomputed in SQL where they can have moved: the inspector's city, which holds their county and township.
/// </summary>
public sealed class ResultRevisions(GridFlowDbContext db, SchemeStore schemes, FactReader facts, IOptions<AssessmentOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Competition ranks (1, 2, 2, 4, as <see cref="Ranking"/>) of the run's results in one city, per township, county
    /// and city; only rows whose ranks changed are written.
    /// </summary>
    private const string RanksSql = """
        UPDATE assessment_results r SET rank_in_township = x.t, rank_in_county = x.c, rank_in_city = x.ci
        FROM (SELECT inspector_id,
                     rank() OVER (PARTITION BY region_id ORDER BY score DESC) AS t,
                     rank() OVER (PARTITION BY county_id ORDER BY score DESC) AS c,
                     rank() OVER (PARTITION BY city_id ORDER BY score DESC) AS ci
              FROM assessment_results WHERE run_id = $1 AND city_id = $2) x
        WHERE r.run_id = $1 AND r.inspector_id = x.inspector_id
          AND (r.rank_in_township, r.rank_in_county, r.rank_in_city) IS DISTINCT FROM (x.t, x.c, x.ci)
        """;

    /// <summary>Writes revision n + 1 of the result of <paramref name="inspectorId"/> in <paramref name="run"/>; returns (n, score before, n + 1, score after).</summary>
    public async Task<(int From, decimal Before, int To, decimal After)> ReviseAsync(AssessmentRun run, Guid inspectorId, Guid appealId, CancellationToken cancellationToken)
    {
        var scheme = await schemes.RulesAsync(run.SchemeId, run.SchemeVersion, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        // SaveChanges first: what the caller added in this transaction (the appeal's adjustment) is a fact of this read.
        await db.SaveChangesAsync(cancellationToken);
        var inspector = await facts.ReadOneAsync(connection, transaction, scheme, run.PeriodFrom, run.PeriodTo, inspectorId, cancellationToken)
            ?? throw new InvalidOperationException($"Inspector {inspectorId} is no longer on the roster; their result cannot be scored again.");
        var now = clock.GetUtcNow();
        var period = ScoringPeriod.Of(run.PeriodFrom, run.PeriodTo, now, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
        var scored = Scorer.Score(scheme, period, inspector);

        var result = await db.AssessmentResults.SingleAsync(r => r.RunId == run.Id && r.InspectorId == inspectorId, cancellationToken);
        var (from, before) = (result.Revision, result.Score);
        db.AssessmentResultRevisions.Add(new AssessmentResultRevision
        {
            RunId = result.RunId, InspectorId = result.InspectorId, Revision = result.Revision, Score = result.Score, Grade = result.Grade, Pay = result.Pay,
            RankInTownship = result.RankInTownship, RankInCounty = result.RankInCounty, RankInCity = result.RankInCity, Lines = result.Lines,
            CreatedAt = result.CreatedAt, ReplacedByAppealId = appealId, ReplacedAt = now,
        });
        result.Revision++;
        result.Score = scored.Score;
        result.Grade = scored.Grade.Grade;
        result.Pay = scored.Grade.Pay;
        result.Lines = ScorecardJson.Write(scored.Lines);
        result.CreatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, transaction, cancellationToken, RanksSql, run.Id, result.CityId);
        return (from, before, result.Revision, result.Score);
    }
}
