using GridFlow.Assessments.Results;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// A run's regional views (api.md, "Results"): rankings per county or township, the dismissal list, the xlsx export,
/// the printable bulletin and the townships' and counties' figures, each over the results the caller sees. A run the
/// caller may not see is 404; an inspector, who sees only their own result, gets 403 (<see cref="ResultAccess"/>).
/// </summary>
public static class AssessmentResultsApi
{
    public static IEndpointRouteBuilder MapAssessmentResultsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/assessment-runs/{id:guid}").WithTags("Assessment");
        runs.MapGet("/rankings", RankingsAsync);
        runs.MapGet("/dismissal-list", DismissalListAsync);
        runs.MapGet("/export.xlsx", ExportAsync).Produces(StatusCodes.Status200OK, contentType: ResultWorkbook.ContentType);
        runs.MapGet("/bulletin", BulletinAsync).Produces<string>(StatusCodes.Status200OK, contentType: "text/html");
        runs.MapGet("/region-figures", FiguresAsync);
        app.MapPost("/api/inspectors/{id:guid}/dismissal", ConfirmDismissalAsync).WithTags("Assessment").ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<List<RegionRanking>>, ValidationProblem, NotFound, ForbidHttpResult>> RankingsAsync(
        Guid id, string? level, Caller caller, [AsParameters] ResultServices services, CancellationToken cancellationToken)
    {
        if (!RankingLevels.IsKnown(level))
        {
            return LevelProblem();
        }

        var run = await services.Runs.FindAsync(caller, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ReadsRegionalResults())
        {
            return TypedResults.Forbid();
        }

        var rows = await services.Rows.ReadAsync(caller, id, null, cancellationToken) ?? [];
        return TypedResults.Ok(await services.Rankings.RankAsync(rows, level!, await services.Rows.SchemeAsync(run, cancellationToken), cancellationToken));
    }

    public static async Task<Results<Ok<List<DismissalCandidate>>, NotFound, ForbidHttpResult>> DismissalListAsync(
        Guid id, Caller caller, [AsParameters] ResultServices services, CancellationToken cancellationToken)
    {
        var run = await services.Runs.FindAsync(caller, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ReadsRegionalResults())
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await services.Dismissals.ReadAsync(caller, run, await services.Rows.SchemeAsync(run, cancellationToken), cancellationToken));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult>> ExportAsync(
        Guid id, Guid? regionId, Caller caller, [AsParameters] ResultServices services, CancellationToken cancellationToken)
    {
        var run = await services.Runs.FindAsync(caller, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ReadsRegionalResults())
        {
            return TypedResults.Forbid();
        }

        if (await services.Rows.ReadWithLinesAsync(caller, id, regionId, cancellationToken) is not { } results)
        {
            return RegionProblem();
        }

        var scheme = await services.Rows.SchemeDocumentAsync(run, cancellationToken);
        var file = await services.Workbook.WriteAsync(results, cancellationToken);
        return TypedResults.File(file, ResultWorkbook.ContentType, ResultWorkbook.FileName(scheme, run));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, NotFound, ForbidHttpResult>> BulletinAsync(
        Guid id, Guid? regionId, Caller caller, [AsParameters] ResultServices services, CancellationToken cancellationToken)
    {
        var run = await services.Runs.FindAsync(caller, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ReadsRegionalResults())
        {
            return TypedResults.Forbid();
        }

        return await services.Bulletins.ComposeAsync(caller, run, regionId, cancellationToken) is { } bulletin
            ? TypedResults.Content(BulletinHtml.Render(bulletin), "text/html; charset=utf-8")
            : RegionProblem();
    }

    public static async Task<Results<Ok<List<RegionFigures>>, ValidationProblem, NotFound, ForbidHttpResult>> FiguresAsync(
        Guid id, string? level, Guid? regionId, Caller caller, [AsParameters] ResultServices services, CancellationToken cancellationToken)
    {
        if (!RankingLevels.IsKnown(level))
        {
            return LevelProblem();
        }

        var run = await services.Runs.FindAsync(caller, id, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (!caller.ReadsRegionalResults())
        {
            return TypedResults.Forbid();
        }

        return await services.Figures.ReadAsync(caller, run, level!, regionId, cancellationToken) is { } figures ? TypedResults.Ok(figures) : RegionProblem();
    }

    public static Task<Results<Ok<DismissalView>, ValidationProblem, NotFound, ProblemHttpResult, ForbidHttpResult>> ConfirmDismissalAsync(
        Guid id, ConfirmDismissalRequest request, Caller caller, DismissalConfirmer confirmer, CancellationToken cancellationToken) =>
        confirmer.ConfirmAsync(caller, id, request, cancellationToken);

    private static ValidationProblem LevelProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["level"] = [$"must be {RankingLevels.County} or {RankingLevels.Township}."] });

    private static ValidationProblem RegionProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regionId"] = ["No region has this id."] });
}
