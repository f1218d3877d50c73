using GridFlow.Assessments.CrossChecks;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Cross-checks (交叉检查): county and city supervisors order them for the grids of their region, admins anywhere; a grid
/// the caller cannot order for is 400 on <c>gridId</c>, as an unknown one is. The checker works the task the
/// <c>cross-check</c> workflow opens, reports what they find with <c>crossCheckId</c>, and completing the task ends it.
/// 404 for a cross-check the caller may not see.
/// </summary>
public static class CrossChecksApi
{
    public static IEndpointRouteBuilder MapCrossChecksApi(this IEndpointRouteBuilder app)
    {
        var checks = app.MapGroup("/api/cross-checks").WithTags("Assessment");
        // 409: the cross-check workflow has no runnable published version.
        checks.MapPost("/", OrderAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        checks.MapGet("/", ListAsync);
        checks.MapGet("/checkers", ListCheckersAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        checks.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public static async Task<Results<Created<CrossCheckView>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> OrderAsync(
        StartCrossCheckRequest request, Caller caller, [AsParameters] CrossCheckServices services, CancellationToken cancellationToken)
    {
        if (!caller.OrdersCrossChecks())
        {
            return TypedResults.Forbid();
        }

        var grid = (await services.Grids.GetSnapshotAsync(cancellationToken)).Find(request.GridId!.Value);
        if (grid is null || !caller.OrdersCrossChecksIn(grid.RegionPath))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["gridId"] = ["No grid has this id."] });
        }

        if (await services.Rules.ForOrderAsync(request, grid, cancellationToken) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ordered = await services.Orders.OrderAsync(caller, request, grid, cancellationToken);
        if (ordered.Failure is { } failure)
        {
            return failure.Errors is not null
                ? TypedResults.ValidationProblem(failure.Errors, title: failure.Title)
                : TypedResults.Problem(title: failure.Title, detail: failure.Detail, statusCode: failure.Status);
        }

        var id = ordered.Value.Id;
        return TypedResults.Created($"/api/cross-checks/{id}", await services.Reader.ViewAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<CrossCheckView>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] CrossCheckServices services, CancellationToken cancellationToken) =>
        await services.Reader.GetAsync(caller, id, cancellationToken) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound();

    /// <summary>
    /// Who may be ordered to cross-check the grid (for the order form's choice, by name): those who order cross-checks
    /// ask, for a grid they may order for; another grid is 400 on <c>gridId</c>, as an unknown one is. <c>q</c> searches names.
    /// </summary>
    public static async Task<Results<Ok<PagedList<CrossCheckerView>>, ValidationProblem, ForbidHttpResult>> ListCheckersAsync(
        Caller caller, [AsParameters] CrossCheckServices services, Guid? gridId, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (!caller.OrdersCrossChecks())
        {
            return TypedResults.Forbid();
        }

        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        var grid = gridId is { } id ? (await services.Grids.GetSnapshotAsync(cancellationToken)).Find(id) : null;
        if (grid is null || !caller.OrdersCrossChecksIn(grid.RegionPath))
        {
            errors["gridId"] = [gridId is null ? "gridId is required." : "No grid has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await services.Checkers.ListAsync(caller, grid!, q, paging, cancellationToken));
    }

    /// <summary><c>regionId</c> keeps the cross-checks of the grids in that region; one the caller cannot see is 404, as an unknown one is.</summary>
    public static async Task<Results<Ok<PagedList<CrossCheckView>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, [AsParameters] CrossCheckServices services, Guid? regionId, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (status is not null && !CrossCheckStatuses.All.Contains(status))
        {
            errors["status"] = [$"status is one of {string.Join(", ", CrossCheckStatuses.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        string? path = null;
        if (regionId is { } wanted)
        {
            var region = await services.Regions.FindAsync(wanted, cancellationToken);
            // A checker may filter by any region (they see only their own checks anyway); a supervisor only within theirs.
            if (region is null || (caller.RegionPrefix is { } prefix && caller.OrdersCrossChecks() && !region.Path.StartsWith(prefix, StringComparison.Ordinal)
                                   && !prefix.StartsWith(region.Path, StringComparison.Ordinal)))
            {
                return TypedResults.NotFound();
            }

            path = region.Path;
        }

        return TypedResults.Ok(await services.Reader.ListAsync(caller, new CrossCheckFilter(path, status), paging, cancellationToken));
    }
}
