using System.ComponentModel.DataAnnotations;
using GridFlow.Contracts.Paging;

namespace GridFlow.Regions.Apis;

/// <summary>Reading grids: the list, one grid with its boundary, its history, and point-in-polygon lookup.</summary>
public static class GridsApi
{
    public static IEndpointRouteBuilder MapGridsApi(this IEndpointRouteBuilder app)
    {
        var grids = app.MapGroup("/api/grids").WithTags("Grids");
        grids.MapGet("/", ListAsync);
        grids.MapGet("/locate", LocateAsync);
        grids.MapGet("/{id:guid}", GetAsync);
        grids.MapGet("/{id:guid}/assignments", GetAssignmentsAsync);
        return app;
    }

    public static async Task<Results<Ok<PagedList<GridSummary>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, [AsParameters] GridServices services, Guid? regionId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (paging.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = services.Db.Grids.AsNoTracking().VisibleTo(caller);
        if (regionId is not null)
        {
            var path = await services.Db.Regions.VisibleTo(caller).Where(r => r.Id == regionId).Select(r => r.Path).SingleOrDefaultAsync(cancellationToken);
            if (path is null && !caller.IsInspectorOnly)
            {
                return TypedResults.NotFound();
            }

            // An inspector may filter by any region; they still only get their own grids.
            query = path is null
                ? query.Where(g => g.RegionId == regionId)
                : query.Where(g => g.Region!.Path.StartsWith(path));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(g => g.Code).Skip(paging.Skip).Take(paging.Size)
            .Select(g => new GridSummary(g.Id.ToString(), g.Code, g.Name, g.RegionId.ToString(), g.InspectorId.HasValue ? g.InspectorId.Value.ToString() : null))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<GridSummary>(items, total, paging.PageNumber, paging.Size));
    }

    public static async Task<Results<Ok<GridDetail>, NotFound>> GetAsync(
        Guid id, Caller caller, [AsParameters] GridServices services, CancellationToken cancellationToken)
    {
        var grid = await services.Db.Grids.AsNoTracking().VisibleTo(caller)
            .Where(g => g.Id == id)
            .Select(g => new { Grid = g, RegionName = g.Region!.Name, InspectorName = g.Inspector != null ? g.Inspector.Name : null })
            .SingleOrDefaultAsync(cancellationToken);
        if (grid is null)
        {
            return TypedResults.NotFound();
        }

        var g = grid.Grid;
        return TypedResults.Ok(new GridDetail(
            g.Id.ToString(), g.Code, g.Name, g.RegionId.ToString(), grid.RegionName,
            g.InspectorId?.ToString(), grid.InspectorName, g.Boundary.ToGeoJson(), g.UpdatedAt));
    }

    public static async Task<Results<Ok<List<GridAssignmentView>>, NotFound>> GetAssignmentsAsync(
        Guid id, Caller caller, [AsParameters] GridServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Grids.VisibleTo(caller).AnyAsync(g => g.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var history = await services.Db.GridAssignments.AsNoTracking()
            .Where(a => a.GridId == id)
            .OrderByDescending(a => a.From)
            .Join(services.Db.Inspectors, a => a.InspectorId, i => i.Id, (a, i) => new GridAssignmentView(a.InspectorId.ToString(), i.Name, a.From, a.To, a.AssignedBy))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(history);
    }

    /// <summary>The grid containing the point. On an edge two grids share, the one with the lower code.</summary>
    public static async Task<Results<Ok<GridSummary>, ValidationProblem, NotFound>> LocateAsync(
        [Required] double? lat, [Required] double? lon, Caller caller, GridSpatialIndex index, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (lat is not (>= -90 and <= 90))
        {
            errors["lat"] = ["lat is required and must be between -90 and 90."];
        }

        if (lon is not (>= -180 and <= 180))
        {
            errors["lon"] = ["lon is required and must be between -180 and 180."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var hit = (await index.LocateAsync(lon!.Value, lat!.Value, cancellationToken))
            .FirstOrDefault(e => caller.CanSeeGrid(e.RegionPath, e.InspectorId));
        return hit is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new GridSummary(hit.Id.ToString(), hit.Code, hit.Name, hit.RegionId.ToString(), hit.InspectorId?.ToString()));
    }
}
