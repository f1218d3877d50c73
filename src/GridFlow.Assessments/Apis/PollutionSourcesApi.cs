namespace GridFlow.Assessments.Apis;

/// <summary>
/// The pollution-source archive (污染源档案): the grid's inspector (and admins) keep a grid's sources and check in at them;
/// those who see the grid read them. 404 for a source the caller may not see, 403 for one they may see but not keep; a
/// grid the caller cannot see is 400 on <c>gridId</c>, as an unknown one is.
/// </summary>
public static class PollutionSourcesApi
{
    public static IEndpointRouteBuilder MapPollutionSourcesApi(this IEndpointRouteBuilder app)
    {
        var sources = app.MapGroup("/api/pollution-sources").WithTags("Assessment");
        sources.MapGet("/", ListAsync);
        sources.MapGet("/{id:guid}", GetAsync);
        sources.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        sources.MapPut("/{id:guid}", UpdateAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        sources.MapPost("/{id:guid}/check-ins", CheckInAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Results<Ok<PagedList<PollutionSourceView>>, ValidationProblem>> ListAsync(
        Caller caller, [AsParameters] PollutionSourceServices services, Guid? gridId, bool? key, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        return paging.Validate() is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await services.Reader.ListAsync(caller, gridId, key, paging, cancellationToken));
    }

    public static async Task<Results<Ok<PollutionSourceView>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] PollutionSourceServices services, CancellationToken cancellationToken) =>
        await services.Reader.GetAsync(caller, id, cancellationToken) is { } source ? TypedResults.Ok(source) : TypedResults.NotFound();

    public static async Task<Results<Created<PollutionSourceView>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        CreatePollutionSourceRequest request, Caller caller, [AsParameters] PollutionSourceServices services, CancellationToken cancellationToken)
    {
        var grid = (await services.Grids.GetSnapshotAsync(cancellationToken)).Find(request.GridId!.Value);
        if (grid is null || !caller.CanSeeSourcesOf(grid))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["gridId"] = ["No grid has this id."] });
        }

        if (!caller.KeepsSourcesOf(grid))
        {
            return TypedResults.Forbid();
        }

        var errors = SourceInputRules.ForLocation(grid, request.Lat!.Value, request.Lon!.Value);
        var (photos, photoErrors) = await services.Rules.ForPhotosAsync(caller, request.Photos ?? [], [], cancellationToken);
        if (errors.Concat(photoErrors).ToDictionary() is { Count: > 0 } all)
        {
            return TypedResults.ValidationProblem(all);
        }

        var id = await services.Keeper.CreateAsync(caller, grid, request, photos, cancellationToken);
        return TypedResults.Created($"/api/pollution-sources/{id}", await services.Reader.ViewAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<PollutionSourceView>, ValidationProblem, ForbidHttpResult, NotFound>> UpdateAsync(
        Guid id, UpdatePollutionSourceRequest request, Caller caller, [AsParameters] PollutionSourceServices services, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }

        if (!caller.KeepsSourcesOf(source.Grid))
        {
            return TypedResults.Forbid();
        }

        var errors = SourceInputRules.ForLocation(source.Grid, request.Lat!.Value, request.Lon!.Value);
        List<Guid>? photos = null;
        if (request.Photos is not null)
        {
            (photos, var photoErrors) = await services.Rules.ForPhotosAsync(caller, request.Photos, await services.Keeper.PhotosAsync(id, cancellationToken), cancellationToken);
            errors = errors.Concat(photoErrors).ToDictionary();
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await services.Keeper.UpdateAsync(id, request, photos, cancellationToken);
        return TypedResults.Ok(await services.Reader.ViewAsync(id, cancellationToken));
    }

    public static async Task<Results<Created<PollutionSourceCheckInView>, ValidationProblem, ForbidHttpResult, NotFound>> CheckInAsync(
        Guid id, PollutionSourceCheckInRequest request, Caller caller, [AsParameters] PollutionSourceServices services, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } source)
        {
            return TypedResults.NotFound();
        }

        if (!caller.KeepsSourcesOf(source.Grid))
        {
            return TypedResults.Forbid();
        }

        var meters = await SourceVisits.DistanceAsync(services.Database, id, request.Lon!.Value, request.Lat!.Value, cancellationToken);
        var errors = services.Rules.ForCheckIn(request, meters);
        var (photos, photoErrors) = await services.Rules.ForPhotosAsync(caller, request.Photos!, [], cancellationToken);
        foreach (var (field, messages) in photoErrors)
        {
            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The check-in's own address would be a route nobody reads; the source it counts for is where to look.
        var created = await services.Keeper.CheckInAsync(caller, id, request, photos, meters, cancellationToken);
        return TypedResults.Created($"/api/pollution-sources/{id}", created);
    }
}
