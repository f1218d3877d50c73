using GridFlow.Assessments.Appeals;
using GridFlow.Assessments.Runs;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Appeals (申诉, api.md "Appeals"): an inspector appeals a line of their own result in a done run of kind facts; the
/// county supervisors decide it on the task of the <c>assessment-appeal</c> workflow through the ordinary task API, and
/// <see cref="AppealSettler"/> settles the decision. A result the caller may not see is 404; another's they may see, 403.
/// </summary>
public static class AssessmentAppealsApi
{
    public static IEndpointRouteBuilder MapAssessmentAppealsApi(this IEndpointRouteBuilder app)
    {
        // 409: the run is not done or not of facts, an appeal of the line is open, or the workflow cannot start.
        app.MapGroup("/api/assessment-runs").WithTags("Assessment")
            .MapPost("/{id:guid}/results/{inspectorId:guid}/appeals", FileAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        var appeals = app.MapGroup("/api/assessment-appeals").WithTags("Assessment");
        appeals.MapGet("/", ListAsync);
        appeals.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public static async Task<Results<Created<AppealCreated>, ValidationProblem, ProblemHttpResult, ForbidHttpResult, NotFound>> FileAsync(
        Guid id, Guid inspectorId, StartAppealRequest request, Caller caller, [AsParameters] AppealServices services, CancellationToken cancellationToken)
    {
        if (await services.Runs.FindAsync(caller, id, cancellationToken) is not { } run)
        {
            return TypedResults.NotFound();
        }

        var result = await caller.Visible(services.Db.AssessmentResults.AsNoTracking().Where(r => r.RunId == id && r.InspectorId == inspectorId))
            .SingleOrDefaultAsync(cancellationToken);
        if (result is null && run.Status == RunStatuses.Done)
        {
            return TypedResults.NotFound();
        }

        if (result is not null && !caller.IsInspector(inspectorId))
        {
            // Supervisors see the result, but the appeal is the inspector's own word.
            return TypedResults.Forbid();
        }

        if (run.Status != RunStatuses.Done || run.Kind != RunKinds.Facts || result is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict.",
                detail: run.Status != RunStatuses.Done ? $"The run is {run.Status}; only a done run's result is appealed." : "Only a run of facts is appealed; an aggregate's months are appealed in their monthly runs.");
        }

        var reason = request.Reason!.Trim();
        var errors = new Dictionary<string, string[]>();
        var line = ScorecardJson.Read(result.Lines).FirstOrDefault(l => l.ItemId == request.ItemId);
        if (line is null)
        {
            errors["itemId"] = ["No line of this scorecard has this item id."];
        }
        else if (line.Points >= 0)
        {
            errors["itemId"] = ["The line cost no points; there is nothing to give back."];
        }

        if (reason.Length == 0)
        {
            errors["reason"] = ["reason is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filed = await services.Filer.FileAsync(caller, run, result, line!, reason, cancellationToken);
        if (filed.Failure is { } failure)
        {
            return failure.Errors is not null
                ? TypedResults.ValidationProblem(failure.Errors, title: failure.Title)
                : TypedResults.Problem(title: failure.Title, detail: failure.Detail, statusCode: failure.Status);
        }

        var (appeal, started) = filed.Value;
        return TypedResults.Created($"/api/assessment-appeals/{appeal.Id}", new AppealCreated(appeal.Id.ToString(), appeal.Status, started.TaskIds.FirstOrDefault() is { } task && task != Guid.Empty ? task.ToString() : null));
    }

    public static async Task<Results<Ok<PagedList<AppealView>>, ValidationProblem>> ListAsync(
        Caller caller, [AsParameters] AppealServices services, Guid? runId, string? status, int? page, int? pageSize, CancellationToken cancellationToken,
        Guid? inspectorId = null)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (status is not null && !AppealStatuses.All.Contains(status))
        {
            errors["status"] = [$"status is one of {string.Join(", ", AppealStatuses.All)}."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await services.Reader.ListAsync(caller, new AppealFilter(runId, status, inspectorId), paging, cancellationToken));
    }

    public static async Task<Results<Ok<AppealView>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] AppealServices services, CancellationToken cancellationToken) =>
        await services.Reader.GetAsync(caller, id, cancellationToken) is { } appeal ? TypedResults.Ok(appeal) : TypedResults.NotFound();
}
