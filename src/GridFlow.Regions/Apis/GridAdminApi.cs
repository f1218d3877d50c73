namespace GridFlow.Regions.Apis;

/// <summary>
/// Admins create and change grids and assign their inspector. Callers who can see a grid but not change
/// it get 403; callers who cannot see it get 404, as for reading.
/// </summary>
public static class GridAdminApi
{
    public static IEndpointRouteBuilder MapGridAdminApi(this IEndpointRouteBuilder app)
    {
        var grids = app.MapGroup("/api/grids").WithTags("Grids");
        grids.MapPost("/", CreateAsync);
        grids.MapPut("/{id:guid}", UpdateAsync);
        grids.MapPut("/{id:guid}/inspector", AssignInspectorAsync);
        return app;
    }

    public static async Task<Results<Created<GridSummary>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        CreateGridRequest request, Caller caller, [AsParameters] GridServices services, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        var township = await db.Regions.SingleOrDefaultAsync(r => r.Id == request.RegionId, cancellationToken);
        if (township is not { Level: RegionLevel.Township })
        {
            return Invalid("regionId", township is null ? "No region has this id." : $"{township.Name} is not a township; grids belong to townships.");
        }

        if (await db.Grids.AnyAsync(g => g.Code == request.Code, cancellationToken))
        {
            return Invalid("code", $"A grid with code {request.Code} already exists.");
        }

        Inspector? inspector = null;
        if (request.InspectorId is { } inspectorId)
        {
            inspector = await db.Inspectors.SingleOrDefaultAsync(i => i.Id == inspectorId, cancellationToken);
            if (inspector is null)
            {
                return Invalid("inspectorId", "No inspector has this id.");
            }
        }

        var (polygon, errors) = await services.Validator.ValidateAsync(request.Boundary!, township, null, cancellationToken);
        if (polygon is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = services.Clock.GetUtcNow();
        var grid = new Grid { Code = request.Code!, Name = request.Name!, RegionId = township.Id, Boundary = polygon, CreatedAt = now, UpdatedAt = now };
        grid.SetBoundary(polygon);
        db.Grids.Add(grid);
        if (inspector is not null)
        {
            grid.InspectorId = inspector.Id;
            db.GridAssignments.Add(new GridAssignment { GridId = grid.Id, InspectorId = inspector.Id, From = now, AssignedBy = caller.UserName });
        }

        await db.SaveChangesAsync(cancellationToken);
        services.Index.Invalidate();
        return TypedResults.Created($"/api/grids/{grid.Id}", new GridSummary(grid.Id.ToString(), grid.Code, grid.Name, grid.RegionId.ToString(), grid.InspectorId?.ToString()));
    }

    public static async Task<Results<Ok<GridSummary>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, UpdateGridRequest request, Caller caller, [AsParameters] GridServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var grid = await db.Grids.VisibleTo(caller).Include(g => g.Region).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grid is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var (polygon, errors) = await services.Validator.ValidateAsync(request.Boundary!, grid.Region!, grid.Id, cancellationToken);
        if (polygon is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        grid.Name = request.Name!;
        grid.SetBoundary(polygon);
        grid.UpdatedAt = services.Clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        services.Index.Invalidate();
        return TypedResults.Ok(new GridSummary(grid.Id.ToString(), grid.Code, grid.Name, grid.RegionId.ToString(), grid.InspectorId?.ToString()));
    }

    /// <summary>Makes an inspector responsible for the grid: the open assignment closes, a new one opens.</summary>
    public static async Task<Results<Ok<GridSummary>, ValidationProblem, NotFound, ForbidHttpResult>> AssignInspectorAsync(
        Guid id, AssignInspectorRequest request, Caller caller, [AsParameters] GridServices services, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var grid = await db.Grids.VisibleTo(caller).SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grid is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        var inspector = await db.Inspectors.SingleOrDefaultAsync(i => i.Id == request.InspectorId, cancellationToken);
        if (inspector is null)
        {
            return Invalid("inspectorId", "No inspector has this id.");
        }

        if (inspector.Status == InspectorStatus.Dismissed)
        {
            return Invalid("inspectorId", $"{inspector.Name} is dismissed and cannot be made responsible for a grid.");
        }

        if (grid.InspectorId != inspector.Id)
        {
            var now = services.Clock.GetUtcNow();
            var open = await db.GridAssignments.Where(a => a.GridId == id && a.To == null).ToListAsync(cancellationToken);
            open.ForEach(a => a.To = now);
            // Close the old period before opening the new one: the database allows one open period per grid.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.GridAssignments.Add(new GridAssignment { GridId = id, InspectorId = inspector.Id, From = now, AssignedBy = caller.UserName });
            grid.InspectorId = inspector.Id;
            grid.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            services.Index.Invalidate();
        }

        return TypedResults.Ok(new GridSummary(grid.Id.ToString(), grid.Code, grid.Name, grid.RegionId.ToString(), grid.InspectorId?.ToString()));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
