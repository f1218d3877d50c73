namespace GridFlow.Assessments.Apis;

/// <summary>
/// An inspector's three archives together (一员三档), for the inspector and those above them: 404 for an inspector the
/// caller cannot see, as <c>GET /api/inspectors/{id}</c> answers. <c>page</c>, <c>pageSize</c>, <c>from</c> and
/// <c>to</c> page and filter the patrols; <c>from</c>/<c>to</c> also bound the study record.
/// </summary>
public static class ArchivesApi
{
    /// <summary>An inspector keeps a few dozen sources; the archive lists at most this many.</summary>
    public const int MaxSources = 1_000;

    public static IEndpointRouteBuilder MapArchivesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/inspectors").WithTags("Assessment").MapGet("/{id:guid}/archives", GetAsync);
        return app;
    }

    public static async Task<Results<Ok<InspectorArchives>, ValidationProblem, NotFound>> GetAsync(
        Guid id, Caller caller, [AsParameters] ArchiveServices services, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, from, to) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        // Who sees the inspector: the same rule as the inspectors' own endpoint (ScopedQueries.VisibleTo).
        var path = (await services.Inspectors.PathsAsync([id], cancellationToken)).GetValueOrDefault(id);
        var visible = caller.IsInspectorOnly
            ? caller.InspectorId == id
            : caller.RegionPrefix is not { } prefix || path?.StartsWith(prefix, StringComparison.Ordinal) == true;
        if (path is null || !visible)
        {
            return TypedResults.NotFound();
        }

        var period = ListQuery.Period(from, to, services.Options.Value);
        var patrols = await services.Patrols.ListAsync(caller, new PatrolFilter(id, null, period, null), paging, cancellationToken);
        var study = await services.Trainings.StudyAsync(id, path, period, cancellationToken);
        var sources = await services.Sources.OfInspectorAsync(id, MaxSources, cancellationToken);
        return TypedResults.Ok(new InspectorArchives(sources, patrols, study));
    }
}
