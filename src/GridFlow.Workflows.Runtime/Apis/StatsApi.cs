using GridFlow.Contracts.Statistics;
using GridFlow.Workflows.Runtime.Statistics;

namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>
/// <c>/api/stats</c>: the one query layer behind the console's dashboards and map, scoped as the issues API is (a
/// region outside the caller's answers 404; an inspector counts their grids). Periods are inclusive dates in China time.
/// </summary>
public static class StatsApi
{
    /// <summary>At most this many issues go to a map at once; the response says when more matched.</summary>
    public const int MaxPoints = 5000;

    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/stats").WithTags("Statistics");
        stats.MapGet("/summary", SummaryAsync);
        stats.MapGet("/by-category", ByCategoryAsync);
        stats.MapGet("/by-region", ByRegionAsync);
        stats.MapGet("/trend", TrendAsync);
        stats.MapGet("/grids", GridsAsync);
        stats.MapGet("/points", PointsAsync);
        return app;
    }

    public static async Task<Results<Ok<StatsSummary>, ValidationProblem, NotFound>> SummaryAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (period, errors) = StatsPeriod.Of(from, to, services.Clock);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.SummaryAsync(scope, period!, cancellationToken))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<List<CategoryFigures>>, ValidationProblem, NotFound>> ByCategoryAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (period, errors) = StatsPeriod.Of(from, to, services.Clock);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.ByCategoryAsync(scope, period!, cancellationToken))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<List<ChildRegionFigures>>, ValidationProblem, NotFound>> ByRegionAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var (period, errors) = StatsPeriod.Of(from, to, services.Clock);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.ByChildAsync(scope, period!, cancellationToken))
            : TypedResults.NotFound();
    }

    /// <summary><paramref name="months"/> (1–36, 12 by default) months up to the month of <paramref name="to"/> (today by default).</summary>
    public static async Task<Results<Ok<List<TrendMonth>>, ValidationProblem, NotFound>> TrendAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, DateOnly? to, int? months, CancellationToken cancellationToken)
    {
        var errors = StatsPeriod.CheckDate("to", to, null);
        if (months is < 1 or > IssueStatistics.MaxMonths)
        {
            (errors ??= [])["months"] = [$"months must be between 1 and {IssueStatistics.MaxMonths}."];
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.TrendAsync(scope, to ?? StatsPeriod.Today(services.Clock), months ?? 12, cancellationToken))
            : TypedResults.NotFound();
    }

    /// <summary>Open issues per grid; the filters are the issue list's (without dates: whenever reported).</summary>
    public static async Task<Results<Ok<List<GridOpenIssues>>, ValidationProblem, NotFound>> GridsAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, string? category, bool? overdue, string? source, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var filter = new StatsFilter(null, category, overdue, source, null);
        var (bounds, errors) = MapPeriod(filter, from, to);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.OpenByGridAsync(scope, bounds, filter, cancellationToken))
            : TypedResults.NotFound();
    }

    /// <summary>Issues to draw on the map, newest first, at most <paramref name="limit"/> (1–5000, 2000 by default).</summary>
    public static async Task<Results<Ok<IssuePoints>, ValidationProblem, NotFound>> PointsAsync(
        Caller caller, [AsParameters] StatsServices services, Guid? regionId, Guid? gridId, string? status, string? category, bool? overdue, string? source,
        DateOnly? from, DateOnly? to, int? limit, CancellationToken cancellationToken)
    {
        var filter = new StatsFilter(status, category, overdue, source, gridId);
        var (bounds, errors) = MapPeriod(filter, from, to);
        if (limit is < 1 or > MaxPoints)
        {
            (errors ??= [])["limit"] = [$"limit must be between 1 and {MaxPoints}."];
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await ScopeAsync(caller, services, regionId, cancellationToken) is { } scope
            ? TypedResults.Ok(await services.Statistics.PointsAsync(scope, bounds, filter, limit ?? 2000, cancellationToken))
            : TypedResults.NotFound();
    }

    private static Task<StatsScope?> ScopeAsync(Caller caller, StatsServices services, Guid? regionId, CancellationToken cancellationToken) =>
        StatsScope.ResolveAsync(caller, regionId, services.Regions, services.Grids, cancellationToken);

    /// <summary>The map's bounds: each date optional (none: whenever reported), <c>from</c> on or before <c>to</c>.</summary>
    private static ((DateTimeOffset? Start, DateTimeOffset? End) Bounds, Dictionary<string, string[]>? Errors) MapPeriod(StatsFilter filter, DateOnly? from, DateOnly? to)
    {
        var errors = StatsPeriod.CheckDate("to", to, StatsPeriod.CheckDate("from", from, filter.Validate()));
        if (from > to)
        {
            (errors ??= [])["from"] = ["from must be on or before to."];
        }

        return ((from is { } f ? StatsPeriod.Instant(f) : null, to is { } t ? StatsPeriod.Instant(t.AddDays(1)) : null), errors);
    }
}
