using GridFlow.Assessments.Runs;
using GridFlow.Assessments.Scoring;
using GridFlow.Regions.Directory;
using Microsoft.Extensions.Logging;

namespace GridFlow.Assessments.Results;

/// <summary>
/// Confirms a dismissal a run proposed: only for an inspector on that run's dismissal list as the caller sees it, so a
/// county supervisor confirms only their county's. The status is Regions' to write (<see cref="InspectorDismissals"/>).
/// </summary>
public sealed partial class DismissalConfirmer(
    RunReader runs, ResultRows rows, DismissalList list, InspectorRegions inspectors, InspectorDismissals dismissals,
    TimeProvider clock, ILogger<DismissalConfirmer> logger)
{
    public async Task<Results<Ok<DismissalView>, ValidationProblem, NotFound, ProblemHttpResult, ForbidHttpResult>> ConfirmAsync(
        Caller caller, Guid inspectorId, ConfirmDismissalRequest request, CancellationToken cancellationToken)
    {
        if (!caller.ConfirmsDismissals())
        {
            return TypedResults.Forbid();
        }

        var path = (await inspectors.PathsAsync([inspectorId], cancellationToken)).GetValueOrDefault(inspectorId);
        if (path is null || (caller.RegionPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return TypedResults.NotFound();
        }

        var run = await runs.FindAsync(caller, request.RunId!.Value, cancellationToken);
        if (run is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["runId"] = ["No run has this id."] });
        }

        var scheme = await rows.SchemeAsync(run, cancellationToken);
        var listed = await list.ReadAsync(caller, run, scheme, cancellationToken);
        if (!listed.Any(c => c.InspectorId == inspectorId.ToString()))
        {
            return Conflict("The inspector is not on this run's dismissal list.");
        }

        var reason = request.Reason!.Trim();
        switch (await dismissals.DismissAsync(inspectorId, run.Id, reason, cancellationToken))
        {
            case DismissalOutcome.NotFound:
                return TypedResults.NotFound();
            case DismissalOutcome.AlreadyDismissed:
                return Conflict("The inspector is dismissed already.");
        }

        LogDismissed(logger, inspectorId, run.Id, caller.UserName);
        return TypedResults.Ok(new DismissalView(inspectorId.ToString(), "dismissed", run.Id.ToString(), reason, caller.UserName, clock.GetUtcNow()));
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict.", detail: detail, statusCode: StatusCodes.Status409Conflict);

    [LoggerMessage(LogLevel.Information, "Inspector {InspectorId} dismissed on assessment run {RunId} by {UserName}")]
    private static partial void LogDismissed(ILogger logger, Guid inspectorId, Guid runId, string userName);
}
