using GridFlow.Regions.Directory;
using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Runtime.Escalations;

namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>Supervision orders (督办): <c>/api/escalations</c>.</summary>
public static class EscalationsApi
{
    public static IEndpointRouteBuilder MapEscalationsApi(this IEndpointRouteBuilder app)
    {
        var escalations = app.MapGroup("/api/escalations").WithTags("Escalations");
        escalations.MapGet("/", ListAsync);
        escalations.MapGet("/{id:guid}/assignees", AssigneesAsync).ProducesProblem(StatusCodes.Status404NotFound);
        // The failures of EscalationActions: not a supervisor over the issue, no such escalation, already resolved.
        escalations.MapPost("/{id:guid}/actions", ActAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>
    /// Escalations of issues in the caller's region (all for admins, none for non-supervisors), newest first unless
    /// <c>sort</c> (raisedAt, dueAt, level) and <c>desc</c> say otherwise; <c>regionId</c> narrows to a region and what
    /// lies below it, <c>card</c> to yellow, red or interview, <c>category</c> to the issues of one category, <c>from</c>
    /// and <c>to</c> (inclusive dates, China time) to those raised on those days, <c>kind</c> to the cases of one kind
    /// (issue, cross-check, appeal) — the dashboard's card counts are of issues.
    /// The later parameters are optional so that callers written before them still compile.
    /// </summary>
    public static async Task<Results<Ok<PagedList<EscalationView>>, ValidationProblem>> ListAsync(
        Caller caller, EscalationQueries queries, string? status, int? level, int? page, int? pageSize, CancellationToken cancellationToken,
        string? card = null, Guid? regionId = null, string? category = null, string? sort = null, bool? desc = null, RegionDirectory? regions = null,
        string? from = null, string? to = null, string? kind = null)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (status is not (null or EscalationStatuses.Open or EscalationStatuses.Resolved))
        {
            errors["status"] = ["status is open or resolved."];
        }

        if (level is < 1)
        {
            errors["level"] = ["level is 1 or more."];
        }

        if (card is not null && !EscalationCards.All.Contains(card))
        {
            errors["card"] = ["card is yellow, red or interview."];
        }

        if (category is { Length: 0 or > 64 })
        {
            errors["category"] = ["category is a category code of 1 to 64 characters."];
        }

        if (sort is not null && !EscalationFilter.Sorts.Contains(sort, StringComparer.Ordinal))
        {
            errors["sort"] = [$"sort is one of {string.Join(", ", EscalationFilter.Sorts)}."];
        }

        if (kind is not null && !CaseKinds.All.Contains(kind))
        {
            errors["kind"] = ["kind is issue, cross-check or appeal."];
        }

        var fromDate = ListDates.Parse("from", from, errors);
        var toDate = ListDates.Parse("to", to, errors);
        if (fromDate is { } f && toDate is { } t && f > t)
        {
            errors["to"] = ["to must be on or after from."];
        }

        string? regionPath = null;
        if (regionId is { } id)
        {
            regionPath = regions is null ? null : (await regions.FindAsync(id, cancellationToken))?.Path;
            if (regionPath is null)
            {
                errors["regionId"] = ["regionId names no region."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filter = new EscalationFilter(status, level, card, regionPath, category, sort ?? EscalationFilter.RaisedAt, desc ?? true,
            ListDates.StartOf(fromDate), ListDates.StartOf(toDate?.AddDays(1)), kind);
        return TypedResults.Ok(await queries.ListAsync(caller, filter, paging, cancellationToken));
    }

    /// <summary>Whom the escalation's task may be reassigned to (the supervisors who see the escalation ask; 404 for others).</summary>
    public static async Task<Results<Ok<List<AssigneeCandidate>>, ValidationProblem, ProblemHttpResult>> AssigneesAsync(
        Guid id, Caller caller, EscalationCandidates candidates, CancellationToken cancellationToken)
    {
        var result = await candidates.ListAsync(caller, id, cancellationToken);
        return result.Failure is { } failure ? failure.ToResult<Ok<List<AssigneeCandidate>>>() : TypedResults.Ok(result.Value!);
    }

    public static async Task<Results<Ok<EscalationView>, ValidationProblem, ProblemHttpResult>> ActAsync(
        Guid id, EscalationActionRequest request, Caller caller, EscalationActions actions, CancellationToken cancellationToken)
    {
        var result = await actions.ActAsync(caller, id, request, cancellationToken);
        return result.Failure is { } failure ? failure.ToResult<Ok<EscalationView>>() : TypedResults.Ok(result.Value!);
    }
}
