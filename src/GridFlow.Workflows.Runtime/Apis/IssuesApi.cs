using GridFlow.Workflows.Runtime.Reporting;
using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>Reporting issues and reading them: <c>/api/issues</c>.</summary>
public static class IssuesApi
{
    public static IEndpointRouteBuilder MapIssuesApi(this IEndpointRouteBuilder app)
    {
        var issues = app.MapGroup("/api/issues").WithTags("Issues");
        // 409: the category's workflow has no published version, or a request with the same Idempotency-Key is in progress.
        issues.MapPost("/", ReportAsync).ProducesProblem(StatusCodes.Status409Conflict);
        issues.MapGet("/", ListAsync);
        issues.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public static async Task<Results<Created<ReportIssueResponse>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        ReportIssueRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IssueReporter reporter,
        CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: > 256 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["At most 256 characters."] });
        }

        var result = await reporter.ReportAsync(caller, request, idempotencyKey, cancellationToken);
        if (result.Failure is { } failure)
        {
            return failure.ToResult<Created<ReportIssueResponse>>();
        }

        return TypedResults.Created($"/api/issues/{result.Value!.Id}", result.Value);
    }

    /// <summary>
    /// The issues the caller sees, filtered, sorted and paged. <c>from</c> and <c>to</c> are inclusive dates
    /// (<c>yyyy-MM-dd</c>, China time) of <c>discoveredAt</c>; <c>sort</c> is one of <see cref="IssueOrder.Sorts"/>.
    /// The later parameters are optional so that callers written before them still compile.
    /// </summary>
    public static async Task<Results<Ok<PagedList<IssueSummary>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, IssueQueries queries, string? status, Guid? regionId, Guid? gridId, bool? overdue, int? page, int? pageSize, CancellationToken cancellationToken,
        string? category = null, string? source = null, string? from = null, string? to = null, string? sort = null, bool? desc = null)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (status is not null && !IssueStatuses.All.Contains(status))
        {
            errors["status"] = [$"status is one of {string.Join(", ", IssueStatuses.All.Order(StringComparer.Ordinal))}."];
        }

        if (source is not null && source is not (IssueSources.Patrol or IssueSources.Public or IssueSources.Supervisor or IssueSources.CrossCheck))
        {
            errors["source"] = ["source is patrol, public, supervisor or cross-check."];
        }

        if (category is { Length: 0 or > 64 })
        {
            errors["category"] = ["category is a category code of 1 to 64 characters."];
        }

        var fromDate = ListDates.Parse("from", from, errors);
        var toDate = ListDates.Parse("to", to, errors);
        if (fromDate is { } f && toDate is { } t && f > t)
        {
            errors["to"] = ["to must be on or after from."];
        }

        var order = IssueOrder.Parse(sort, desc);
        if (order is null)
        {
            errors["sort"] = [$"sort is one of {string.Join(", ", IssueOrder.Sorts)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filter = new IssueFilter(status, regionId, gridId, overdue, category, source, ListDates.StartOf(fromDate), ListDates.StartOf(toDate?.AddDays(1)));
        var list = await queries.ListAsync(caller, filter, paging, cancellationToken, order);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<IssueDetail>, NotFound>> GetAsync(Guid id, Caller caller, IssueQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(caller, id, cancellationToken) is { } issue ? TypedResults.Ok(issue) : TypedResults.NotFound();
}
