using GridFlow.Workflows.Runtime.Escalations;

namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>Supervision orders (督办): <c>/api/escalations</c>.</summary>
public static class EscalationsApi
{
    public static IEndpointRouteBuilder MapEscalationsApi(this IEndpointRouteBuilder app)
    {
        var escalations = app.MapGroup("/api/escalations").WithTags("Escalations");
        escalations.MapGet("/", ListAsync);
        // The failures of EscalationActions: not a supervisor over the issue, no such escalation, already resolved.
        escalations.MapPost("/{id:guid}/actions", ActAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Escalations of issues in the caller's region (all for admins, none for non-supervisors), newest first.</summary>
    public static async Task<Results<Ok<PagedList<EscalationView>>, ValidationProblem>> ListAsync(
        Caller caller, EscalationQueries queries, string? status, int? level, int? page, int? pageSize, CancellationToken cancellationToken)
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

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await queries.ListAsync(caller, status, level, paging, cancellationToken));
    }

    public static async Task<Results<Ok<EscalationView>, ValidationProblem, ProblemHttpResult>> ActAsync(
        Guid id, EscalationActionRequest request, Caller caller, EscalationActions actions, CancellationToken cancellationToken)
    {
        var result = await actions.ActAsync(caller, id, request, cancellationToken);
        return result.Failure is { } failure ? failure.ToResult<Ok<EscalationView>>() : TypedResults.Ok(result.Value!);
    }
}
