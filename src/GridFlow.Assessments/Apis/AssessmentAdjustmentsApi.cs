using GridFlow.Assessments.Runs;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Manual adjustments (a commendation bonus, a disciplinary deduction): recorded by county and city supervisors for the
/// inspectors of their region, and by admins; each counts on the <c>adjustment</c> line of every run whose period holds
/// its time. An inspector outside the caller's region is 400 on <c>inspectorId</c>, as an unknown one is.
/// </summary>
public static class AssessmentAdjustmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentAdjustmentsApi(this IEndpointRouteBuilder app)
    {
        var adjustments = app.MapGroup("/api/assessment-adjustments").WithTags("Assessment");
        adjustments.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        adjustments.MapGet("/", ListAsync);
        return app;
    }

    public static async Task<Results<Created<AdjustmentView>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        CreateAdjustmentRequest request, Caller caller, [AsParameters] AdjustmentServices services, CancellationToken cancellationToken)
    {
        if (!caller.RecordsAdjustments())
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Points == 0)
        {
            errors["points"] = ["An adjustment of 0 points changes nothing."];
        }

        if (request.At > services.Clock.GetUtcNow().AddMinutes(services.Options.Value.ClockSkewMinutes))
        {
            errors["at"] = ["An adjustment records what has happened: its time is not in the future."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors["reason"] = ["The reason is required."];
        }

        var path = (await services.Inspectors.PathsAsync([request.InspectorId!.Value], cancellationToken)).GetValueOrDefault(request.InspectorId.Value);
        if (path is null || (caller.RegionPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            errors["inspectorId"] = ["No inspector has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var adjustment = await services.Recorder.RecordAsync(caller, request, appealId: null, cancellationToken);
        return TypedResults.Created($"/api/assessment-adjustments?inspectorId={adjustment.InspectorId}", adjustment);
    }

    /// <summary>
    /// One inspector's adjustments (newest first), for those who may see that inspector's results; admins and designers may
    /// leave <c>inspectorId</c> out for everyone's.
    /// </summary>
    public static async Task<Results<Ok<PagedList<AdjustmentView>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, [AsParameters] AdjustmentServices services, Guid? inspectorId, DateOnly? from, DateOnly? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, from, to) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var wanted = inspectorId ?? (caller.IsInspectorOnly ? caller.InspectorId : null);
        if (wanted is null && !caller.SeesAllRegions)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["inspectorId"] = ["Name the inspector whose adjustments to list."] });
        }

        if (wanted is { } id)
        {
            var path = (await services.Inspectors.PathsAsync([id], cancellationToken)).GetValueOrDefault(id);
            var visible = path is not null && (caller.SeesAllRegions
                || (caller.IsInspectorOnly ? caller.InspectorId == id : caller.RegionPrefix is { } prefix && path.StartsWith(prefix, StringComparison.Ordinal)));
            if (!visible)
            {
                return TypedResults.NotFound();
            }
        }

        return TypedResults.Ok(await services.Recorder.ListAsync(wanted is { } one ? [one] : null, ListQuery.Period(from, to, services.Options.Value), paging, cancellationToken));
    }
}
