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

    public static async Task<Results<Ok<PagedList<IssueSummary>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, IssueQueries queries, string? status, Guid? regionId, Guid? gridId, bool? overdue, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (paging.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var list = await queries.ListAsync(caller, new IssueFilter(status, regionId, gridId, overdue), paging, cancellationToken);
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<IssueDetail>, NotFound>> GetAsync(Guid id, Caller caller, IssueQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(caller, id, cancellationToken) is { } issue ? TypedResults.Ok(issue) : TypedResults.NotFound();
}
