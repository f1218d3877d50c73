using GridFlow.Assessments.Runs;
using GridFlow.Workflows.Runtime.Cases;
using GridFlow.Workflows.Runtime.Engine;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Appeals;

/// <summary>
/// Files an appeal: its row (audited by the interceptor: it is <c>IAudited</c>) and its case — an issues row of kind
/// appeal on the inspector's grid, the inspector designated, whose task the <c>assessment-appeal</c> workflow gives the
/// county supervisors — in one transaction, so a failure anywhere leaves neither. The case is written by the runtime's
/// <see cref="CaseStarter"/> on this context's connection and transaction.
/// </summary>
public sealed partial class AppealFiler(GridFlowDbContext db, CaseStarter cases, TimeProvider clock, ILogger<AppealFiler> logger)
{
    public async Task<RuntimeResult<(AssessmentAppeal Appeal, StartedCase Case)>> FileAsync(
        Caller caller, AssessmentRun run, AssessmentResult result, ScorecardLine line, string reason, CancellationToken cancellationToken)
    {
        if (await OpenExistsAsync(run.Id, result.InspectorId, line.ItemId, cancellationToken))
        {
            return OpenConflict(line.ItemId);
        }

        if (result.GridIds.Count == 0)
        {
            return RuntimeFailure.Conflict("The result names no grid of the inspector's, so no supervisor can be given the appeal.");
        }

        var appeal = new AssessmentAppeal
        {
            RunId = run.Id, InspectorId = result.InspectorId, ItemId = line.ItemId, LinePoints = line.Points, Reason = reason, RegionPath = result.RegionPath,
            Status = AppealStatuses.Open, FiledBy = caller.UserId, FiledAt = clock.GetUtcNow().ToUniversalTime(),
        };
        var variables = new Dictionary<string, JsonNode?>
        {
            [AppealWorkflow.ItemIdVariable] = JsonValue.Create(line.ItemId),
            [AppealWorkflow.LinePointsVariable] = JsonValue.Create(-line.Points),
            [AppealWorkflow.ReasonVariable] = JsonValue.Create(reason),
            [AppealWorkflow.InspectorNameVariable] = JsonValue.Create(result.InspectorName),
            [AppealWorkflow.RunIdVariable] = JsonValue.Create(run.Id.ToString()),
        };
        // The case is in the inspector's grid, so countySupervisors resolves to the supervisors of the inspector's county.
        var start = new CaseStart(
            Contracts.Issues.CaseKinds.Appeal, AppealWorkflow.DefinitionId, result.GridIds[0],
            Sql.Fit($"考核申诉 Appeal by {result.InspectorName} against {line.ItemId} ({line.Points} points) of run {run.Id}: {reason}", 2000), caller.UserId, variables);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var started = await cases.StartAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), caller, start, cancellationToken);
        if (started.Failure is { } failure)
        {
            return failure;
        }

        appeal.CaseId = started.Value!.Id;
        db.AssessmentAppeals.Add(appeal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two appeals of the same line raced past the check above; the partial unique index let one through.
            db.ChangeTracker.Clear();
            return OpenConflict(line.ItemId);
        }

        await transaction.CommitAsync(cancellationToken);
        LogFiled(logger, appeal.Id, run.Id, appeal.InspectorId, appeal.ItemId, appeal.LinePoints, started.Value.Code);
        return (appeal, started.Value);
    }

    private Task<bool> OpenExistsAsync(Guid runId, Guid inspectorId, string itemId, CancellationToken cancellationToken) =>
        db.AssessmentAppeals.AnyAsync(a => a.RunId == runId && a.InspectorId == inspectorId && a.ItemId == itemId && a.Status == AppealStatuses.Open, cancellationToken);

    private static RuntimeFailure OpenConflict(string itemId) =>
        RuntimeFailure.Conflict($"An appeal against {itemId} of this result is still open; wait for its decision.");

    [LoggerMessage(LogLevel.Information, "Appeal {AppealId} filed against {ItemId} ({LinePoints} points) of run {RunId} for inspector {InspectorId}, as case {CaseCode}")]
    private static partial void LogFiled(ILogger logger, Guid appealId, Guid runId, Guid inspectorId, string itemId, decimal linePoints, string caseCode);
}
