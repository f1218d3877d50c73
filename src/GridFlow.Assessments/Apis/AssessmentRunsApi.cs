using GridFlow.Assessments.Runs;
using GridFlow.Contracts.Regions;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Assessment runs and their results (api.md, "Runs", "Results"). Starting a run is 202: it is a background job whose
/// progress <c>GET /api/assessment-runs/{id}</c> shows. A run or a result the caller may not see is 404; a region outside
/// the caller's is 400 on <c>regionId</c>, as an unknown one is.
/// </summary>
public static class AssessmentRunsApi
{
    /// <summary>A run covers at most a year: the annual run is the longest there is.</summary>
    public const int MaxDays = 366;

    public static IEndpointRouteBuilder MapAssessmentRunsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/assessment-runs").WithTags("Assessment");
        runs.MapPost("/", StartAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        runs.MapGet("/", ListAsync);
        runs.MapGet("/{id:guid}", GetAsync);
        runs.MapGet("/{id:guid}/results", ResultsAsync);
        runs.MapGet("/{id:guid}/results/{inspectorId:guid}", ScorecardAsync);
        runs.MapGet("/{id:guid}/compare/{otherId:guid}", CompareAsync);
        runs.MapGet("/{id:guid}/grids", GridsAsync);
        return app;
    }

    public static async Task<Results<Accepted<RunView>, ValidationProblem, ForbidHttpResult>> StartAsync(
        StartRunRequest request, Caller caller, [AsParameters] RunServices services, CancellationToken cancellationToken)
    {
        if (!caller.StartsRuns())
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        var kind = request.Kind ?? RunKinds.Facts;
        var (from, to) = (request.From!.Value, request.To!.Value);
        if (!RunKinds.All.Contains(kind))
        {
            errors["kind"] = [$"must be one of {string.Join(", ", RunKinds.All.Order(StringComparer.Ordinal))}."];
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(services.Options.Value.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(services.Clock.GetUtcNow(), zone).DateTime);
        if (from > today)
        {
            errors["from"] = ["The period has not begun yet."];
        }

        if (to < from)
        {
            errors["to"] = ["must not be before from."];
        }
        else if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [$"A run covers at most {MaxDays} days."];
        }
        else if (kind == RunKinds.Aggregate && (from.Day != 1 || to.AddDays(1).Day != 1))
        {
            errors["to"] = ["An aggregate run covers whole months: from the 1st of a month to the last day of a month."];
        }

        var scheme = await services.Schemes.PublishedAsync(request.SchemeId!, cancellationToken);
        if (scheme is null)
        {
            errors["schemeId"] = ["No published scheme has this id."];
        }

        // A supervisor assesses their own region unless they name one inside it; admins and designers the scheme's whole scope.
        var regionId = request.RegionId ?? (caller.SeesAllRegions ? null : caller.RegionId);
        string? regionPath = null;
        if (regionId is { } id)
        {
            var region = await services.Regions.FindAsync(id, cancellationToken);
            var schemePath = scheme?.RegionId is { } own ? (await services.Regions.FindAsync(own, cancellationToken))?.Path : null;
            if (region is null || !caller.StartsRunsFor(region.Path))
            {
                errors["regionId"] = ["No region has this id."];
            }
            else if (schemePath is not null && !region.Path.StartsWith(schemePath, StringComparison.Ordinal))
            {
                errors["regionId"] = ["The region is outside the scheme's."];
            }

            regionPath = region?.Path;
        }
        else if (!caller.StartsRunsFor(null))
        {
            errors["regionId"] = ["A supervisor without a region cannot start a run."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var run = await services.Starter.StartAsync(scheme!.SchemeId, scheme.Version, kind, from, to, regionId, regionPath, caller.UserName, cancellationToken);
        return TypedResults.Accepted($"/api/assessment-runs/{run.Id}", RunViews.Of(run));
    }

    public static async Task<Results<Ok<PagedList<RunView>>, ValidationProblem>> ListAsync(
        Caller caller, [AsParameters] RunServices services, string? schemeId, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, null, null) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        if (status is not null && !RunStatuses.All.Contains(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"must be one of {string.Join(", ", RunStatuses.All)}."] });
        }

        return TypedResults.Ok(await services.Reader.ListAsync(caller, schemeId, status, paging, cancellationToken));
    }

    public static async Task<Results<Ok<RunView>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] RunServices services, CancellationToken cancellationToken) =>
        await services.Reader.FindAsync(caller, id, cancellationToken) is { } run ? TypedResults.Ok(RunViews.Of(run)) : TypedResults.NotFound();

    public static async Task<Results<Ok<PagedList<ResultView>>, ValidationProblem, NotFound>> ResultsAsync(
        Guid id, Caller caller, [AsParameters] RunServices services, Guid? regionId, string? grade, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, null, null) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        if (await services.Reader.FindAsync(caller, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return await services.Reader.ResultsAsync(caller, id, regionId, grade, paging, cancellationToken) is { } results
            ? TypedResults.Ok(results)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regionId"] = ["No region has this id."] });
    }

    /// <summary>The grids of the results the caller may see (scoped as <c>/results</c>), each with its inspector's grade, for the map.</summary>
    public static async Task<Results<Ok<RunGridGrades>, ValidationProblem, NotFound>> GridsAsync(
        Guid id, Caller caller, [AsParameters] RunServices services, Guid? regionId, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } run)
        {
            return TypedResults.NotFound();
        }

        return await services.Reader.GridGradesAsync(caller, run, regionId, cancellationToken) is { } grids
            ? TypedResults.Ok(grids)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regionId"] = ["No region has this id."] });
    }

    /// <summary>The latest revision, or with <c>revision</c> an earlier one an upheld appeal replaced (404 for one that never was).</summary>
    public static async Task<Results<Ok<ScorecardView>, ValidationProblem, NotFound>> ScorecardAsync(
        Guid id, Guid inspectorId, Caller caller, [AsParameters] RunServices services, int? revision, CancellationToken cancellationToken)
    {
        if (revision is < 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["revision"] = ["must be at least 1."] });
        }

        // The latest, the read every inspector and supervisor makes, in one round trip; an earlier one from the revisions' table.
        var card = revision is null
            ? await services.Scorecards.ReadAsync(caller, id, inspectorId, cancellationToken)
            : await services.Reader.FindAsync(caller, id, cancellationToken) is { } run ? await services.Reader.ScorecardAsync(caller, run, inspectorId, revision, cancellationToken) : null;
        return card is not null ? TypedResults.Ok(card) : TypedResults.NotFound();
    }

    /// <summary>
    /// Run <paramref name="id"/> (A) and run <paramref name="otherId"/> (B) per inspector, over the results the caller sees in
    /// each (as <c>/results</c> shows them), within <paramref name="regionId"/>; <paramref name="changed"/> keeps the inspectors
    /// whose grade changed; <paramref name="sort"/> is one of <see cref="ComparisonSorts"/> (scoreB by default), descending
    /// unless <paramref name="desc"/> is false. Runs of different periods and schemes compare alike. Either run unseen is 404.
    /// </summary>
    public static async Task<Results<Ok<RunComparison>, ValidationProblem, NotFound>> CompareAsync(
        Guid id, Guid otherId, Caller caller, [AsParameters] RunServices services, Guid? regionId, bool? changed, string? sort, bool? desc, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (sort is not null && !ComparisonSorts.All.Contains(sort))
        {
            errors["sort"] = [$"must be one of {string.Join(", ", ComparisonSorts.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } a || await services.Reader.FindAsync(caller, otherId, cancellationToken) is not { } b)
        {
            return TypedResults.NotFound();
        }

        var query = new ComparisonQuery(regionId, changed == true, sort ?? ComparisonSorts.ScoreB, desc != false);
        return await services.Comparer.CompareAsync(caller, a, b, query, paging, cancellationToken) is { } comparison
            ? TypedResults.Ok(comparison)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regionId"] = ["No region has this id."] });
    }
}
