using GridFlow.Contracts.Paging;

namespace GridFlow.Regions.Apis;

/// <summary>Inspectors: read within the caller's scope; admins create and update them.</summary>
public static class InspectorsApi
{
    public static IEndpointRouteBuilder MapInspectorsApi(this IEndpointRouteBuilder app)
    {
        var inspectors = app.MapGroup("/api/inspectors").WithTags("Inspectors");
        inspectors.MapGet("/", ListAsync);
        inspectors.MapGet("/{id:guid}", GetAsync);
        inspectors.MapPost("/", CreateAsync);
        inspectors.MapPut("/{id:guid}", UpdateAsync);
        return app;
    }

    public static async Task<Results<Ok<PagedList<InspectorView>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, GridFlowDbContext db, Guid? regionId, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (paging.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Inspectors.AsNoTracking().VisibleTo(caller);
        if (regionId is not null)
        {
            var path = await db.Regions.VisibleTo(caller).Where(r => r.Id == regionId).Select(r => r.Path).SingleOrDefaultAsync(cancellationToken);
            if (path is null)
            {
                return TypedResults.NotFound();
            }

            query = query.Where(i => i.Region!.Path.StartsWith(path));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await Project(query.OrderBy(i => i.Region!.Code).ThenBy(i => i.Name).ThenBy(i => i.Id).Skip(paging.Skip).Take(paging.Size))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<InspectorView>(items, total, paging.PageNumber, paging.Size));
    }

    public static async Task<Results<Ok<InspectorView>, NotFound>> GetAsync(Guid id, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var inspector = await Project(db.Inspectors.AsNoTracking().VisibleTo(caller).Where(i => i.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return inspector is null ? TypedResults.NotFound() : TypedResults.Ok(inspector);
    }

    public static async Task<Results<Created<InspectorView>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        InspectorRequest request, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        if (await CheckTownshipAsync(db, request.RegionId!.Value, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var inspector = new Inspector { Name = request.Name! };
        Apply(inspector, request);
        db.Inspectors.Add(inspector);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/inspectors/{inspector.Id}", await Project(db.Inspectors.Where(i => i.Id == inspector.Id)).SingleAsync(cancellationToken));
    }

    public static async Task<Results<Ok<InspectorView>, ValidationProblem, NotFound, ForbidHttpResult>> UpdateAsync(
        Guid id, InspectorRequest request, Caller caller, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var inspector = await db.Inspectors.VisibleTo(caller).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspector is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.IsAdmin)
        {
            return TypedResults.Forbid();
        }

        if (await CheckTownshipAsync(db, request.RegionId!.Value, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        Apply(inspector, request);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await Project(db.Inspectors.Where(i => i.Id == id)).SingleAsync(cancellationToken));
    }

    private static void Apply(Inspector inspector, InspectorRequest request)
    {
        inspector.Name = request.Name!;
        inspector.Phone = request.Phone;
        inspector.Email = request.Email;
        inspector.Status = Enum.Parse<InspectorStatus>(request.Status!, ignoreCase: true);
        inspector.HireDate = request.HireDate!.Value;
        inspector.RegionId = request.RegionId!.Value;
    }

    private static async Task<ValidationProblem?> CheckTownshipAsync(GridFlowDbContext db, Guid regionId, CancellationToken cancellationToken)
    {
        var level = await db.Regions.Where(r => r.Id == regionId).Select(r => (RegionLevel?)r.Level).SingleOrDefaultAsync(cancellationToken);
        return level == RegionLevel.Township
            ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["regionId"] = [level is null ? "No region has this id." : "Inspectors belong to a township."],
            });
    }

    private static IQueryable<InspectorView> Project(IQueryable<Inspector> inspectors) => inspectors.Select(i => new InspectorView(
        i.Id.ToString(),
        i.Name,
        i.RegionId.ToString(),
        i.Grids.OrderBy(g => g.Code).Select(g => g.Id.ToString()).ToList(),
        i.Status.ToString().ToLower(),
        i.Phone,
        i.Email,
        i.HireDate));
}
