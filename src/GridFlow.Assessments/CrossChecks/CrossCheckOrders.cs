using GridFlow.Workflows.Runtime.Cases;
using GridFlow.Workflows.Runtime.Engine;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.CrossChecks;

/// <summary>
/// Orders a cross-check: its row (audited by the interceptor: it is <c>IAudited</c>) and its case — an issues row of kind
/// cross-check for the checker, with its instance and the checker's task due at <c>dueAt</c> — in one transaction, so a
/// failure anywhere leaves neither. The case is written by the runtime's <see cref="CaseStarter"/> on this context's
/// connection and transaction.
/// </summary>
public sealed partial class CrossCheckOrders(GridFlowDbContext db, CaseStarter cases, TimeProvider clock, ILogger<CrossCheckOrders> logger)
{
    public async Task<RuntimeResult<(Guid Id, StartedCase Case)>> OrderAsync(Caller caller, StartCrossCheckRequest request, GridIndexEntry grid, CancellationToken cancellationToken)
    {
        var dueAt = request.DueAt!.Value.ToUniversalTime();
        var check = new CrossCheck
        {
            GridId = grid.Id,
            RegionPath = grid.RegionPath,
            CheckerUserId = request.CheckerUserId!,
            DueAt = dueAt,
            OrderedBy = caller.UserId,
            OrderedAt = clock.GetUtcNow().ToUniversalTime(),
        };
        var variables = new Dictionary<string, JsonNode?>
        {
            [CrossCheckWorkflow.DueAtVariable] = JsonValue.Create(dueAt.ToString("O")),
            [CrossCheckWorkflow.GridCodeVariable] = JsonValue.Create(grid.Code),
        };
        var start = new CaseStart(
            Contracts.Issues.CaseKinds.CrossCheck, CrossCheckWorkflow.DefinitionId, grid.Id, $"交叉检查 Cross-check of grid {grid.Code}", check.CheckerUserId, variables);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var started = await cases.StartAsync(
            (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction(), caller, start, cancellationToken);
        if (started.Failure is { } failure)
        {
            return failure;
        }

        check.CaseId = started.Value!.Id;
        db.CrossChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogOrdered(logger, check.Id, grid.Code, check.CheckerUserId, dueAt, started.Value.Code);
        return (check.Id, started.Value);
    }

    [LoggerMessage(LogLevel.Information, "Cross-check {CrossCheckId} of grid {GridCode} ordered for checker {CheckerUserId}, due {DueAt}, as case {CaseCode}")]
    private static partial void LogOrdered(ILogger logger, Guid crossCheckId, string gridCode, string checkerUserId, DateTimeOffset dueAt, string caseCode);
}
