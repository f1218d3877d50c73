namespace GridFlow.Assessments.Apis;

/// <summary>
/// Patrols (巡查): the grid's inspector records them (start, points in batches, finish, or a whole track at once);
/// those above read them. 404 for a patrol the caller may not see, 403 for one they may see but not add to, 409 for
/// points or a different end after it finished.
/// </summary>
public static class PatrolsApi
{
    public static IEndpointRouteBuilder MapPatrolsApi(this IEndpointRouteBuilder app)
    {
        var patrols = app.MapGroup("/api/patrols").WithTags("Assessment");
        patrols.MapPost("/", StartAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        patrols.MapPost("/{id:guid}/points", AddPointsAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        patrols.MapPost("/{id:guid}/finish", FinishAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        patrols.MapGet("/", ListAsync);
        patrols.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public static async Task<Results<Created<PatrolDetail>, ValidationProblem, ForbidHttpResult>> StartAsync(
        StartPatrolRequest request, Caller caller, [AsParameters] PatrolServices services, CancellationToken cancellationToken)
    {
        if (services.Rules.ForStart(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var grid = (await services.Grids.GetSnapshotAsync(cancellationToken)).Find(request.GridId!.Value);
        if (grid is null || !caller.CanSeeGrid(grid.RegionPath, grid.InspectorId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["gridId"] = ["No grid has this id."] });
        }

        // Only the grid's inspector patrols it.
        if (caller.InspectorId is not { } inspectorId || grid.InspectorId != inspectorId)
        {
            return TypedResults.Forbid();
        }

        var started = await services.Recorder.StartAsync(caller, inspectorId, grid, request, cancellationToken);
        // Finished at once, its answer is what was stored; but with no track drawn and points to show, the points are read back as the track.
        var detail = started.Finished is { } finished && (finished.Track is not null || started.Points < 2)
            ? await services.Reader.DetailOfAsync(started, inspectorId, grid.Id, request.StartedAt!.Value.ToUniversalTime(), cancellationToken)
            : await services.Reader.DetailAsync(started.Id, cancellationToken);
        return TypedResults.Created($"/api/patrols/{started.Id}", detail);
    }

    public static async Task<Results<Ok<AddPatrolPointsResult>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> AddPointsAsync(
        Guid id, AddPatrolPointsRequest request, Caller caller, [AsParameters] PatrolServices services, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } patrol)
        {
            return TypedResults.NotFound();
        }

        if (!caller.Records(patrol.InspectorId))
        {
            return TypedResults.Forbid();
        }

        if (services.Rules.ForPoints(request.Points!, patrol.StartedAt) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var outcome = await services.Recorder.AddPointsAsync(id, request.Points!, cancellationToken);
        if (outcome.Full)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["points"] = [$"A patrol holds at most {services.Options.Value.MaxPointsPerPatrol} points."] });
        }

        return outcome.Result is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The patrol has finished.", detail: "Points are added while a patrol records; send them with the finished track instead.");
    }

    public static async Task<Results<Ok<PatrolDetail>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> FinishAsync(
        Guid id, FinishPatrolRequest request, Caller caller, [AsParameters] PatrolServices services, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } patrol)
        {
            return TypedResults.NotFound();
        }

        if (!caller.Records(patrol.InspectorId))
        {
            return TypedResults.Forbid();
        }

        if (services.Rules.ForFinish(patrol.StartedAt, request.EndedAt!.Value) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // A grid drawn away meanwhile: the patrol is judged against nothing, so nothing of it lies inside.
        var grid = patrol.Grid ?? new GridIndexEntry(Guid.Empty, "", "", Guid.Empty, "", null, Polygon.Empty);
        if (!await services.Recorder.FinishAsync(id, grid, request.EndedAt.Value, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The patrol has finished at another time.", detail: "A finished patrol keeps its end.");
        }

        return TypedResults.Ok(await services.Reader.DetailAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<PatrolDetail>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] PatrolServices services, CancellationToken cancellationToken) =>
        await services.Reader.GetAsync(caller, id, cancellationToken) is { } patrol ? TypedResults.Ok(patrol) : TypedResults.NotFound();

    public static async Task<Results<Ok<PagedList<PatrolView>>, ValidationProblem>> ListAsync(
        Caller caller, [AsParameters] PatrolServices services, Guid? inspectorId, Guid? gridId, DateOnly? from, DateOnly? to, bool? valid, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, from, to) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var filter = new PatrolFilter(inspectorId, gridId, ListQuery.Period(from, to, services.Options.Value), valid);
        return TypedResults.Ok(await services.Reader.ListAsync(caller, filter, paging, cancellationToken));
    }
}
