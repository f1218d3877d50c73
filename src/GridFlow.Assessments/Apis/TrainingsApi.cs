using GridFlow.Assessments.Trainings;
using GridFlow.Contracts.Regions;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Trainings, study sessions and exams (培训/学习/考试) and their attendance: county and city supervisors record them for
/// their region, admins anywhere; everyone reads those on their line. 404 for a training the caller may not see, 403 for
/// one they see but may not record (a county supervisor and a city-wide training); a region outside the caller's is
/// 400 on <c>regionId</c>, as an unknown one is.
/// </summary>
public static class TrainingsApi
{
    public static IEndpointRouteBuilder MapTrainingsApi(this IEndpointRouteBuilder app)
    {
        var trainings = app.MapGroup("/api/trainings").WithTags("Assessment");
        trainings.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        trainings.MapPut("/{id:guid}/attendance", ReplaceAttendanceAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        trainings.MapGet("/", ListAsync);
        trainings.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    public static async Task<Results<Created<TrainingDetail>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        CreateTrainingRequest request, Caller caller, [AsParameters] TrainingServices services, CancellationToken cancellationToken)
    {
        if (!caller.RecordsTrainings())
        {
            return TypedResults.Forbid();
        }

        if (services.Rules.ForCreate(request) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var region = await services.Regions.FindAsync(request.RegionId!.Value, cancellationToken);
        if (region is null || !caller.RecordsTrainingsFor(region.Path))
        {
            return RegionProblem("No region has this id.");
        }

        // A training is for the inspectors of a county or of the whole city; townships run no trainings of their own here.
        if (region.Level is not (RegionLevel.County or RegionLevel.City))
        {
            return RegionProblem("A training is for a county or the city.");
        }

        var id = await services.Recorder.CreateAsync(caller, request, region, cancellationToken);
        return TypedResults.Created($"/api/trainings/{id}", await services.Reader.DetailAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<TrainingDetail>, ValidationProblem, ForbidHttpResult, NotFound>> ReplaceAttendanceAsync(
        Guid id, ReplaceAttendanceRequest request, Caller caller, [AsParameters] TrainingServices services, CancellationToken cancellationToken)
    {
        if (await services.Reader.FindAsync(caller, id, cancellationToken) is not { } training)
        {
            return TypedResults.NotFound();
        }

        if (!caller.RecordsTrainingsFor(training.RegionPath))
        {
            return TypedResults.Forbid();
        }

        var attendees = request.Attendees!;
        var ids = attendees.Where(a => a?.InspectorId is not null).Select(a => a.InspectorId!.Value).Distinct().ToList();
        var paths = await services.Inspectors.PathsAsync(ids, cancellationToken);
        if (services.Rules.ForAttendance(attendees, training.Kind, training.RegionPath, paths) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await services.Recorder.ReplaceAttendanceAsync(id, attendees, cancellationToken);
        return TypedResults.Ok(await services.Reader.DetailAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<TrainingDetail>, NotFound>> GetAsync(Guid id, Caller caller, [AsParameters] TrainingServices services, CancellationToken cancellationToken) =>
        await services.Reader.GetAsync(caller, id, cancellationToken) is { } training ? TypedResults.Ok(training) : TypedResults.NotFound();

    /// <summary><c>regionId</c> keeps the trainings held for that region and the regions it contains; one off the caller's line is 404.</summary>
    public static async Task<Results<Ok<PagedList<TrainingView>>, ValidationProblem, NotFound>> ListAsync(
        Caller caller, [AsParameters] TrainingServices services, Guid? regionId, DateOnly? from, DateOnly? to, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        if (ListQuery.Problems(paging, from, to) is { } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }

        string? path = null;
        if (regionId is { } wanted)
        {
            var scope = await services.Reader.ScopeAsync(caller, cancellationToken);
            var region = await services.Regions.FindAsync(wanted, cancellationToken);
            if (region is null || !(scope.Everything || (scope.Line is { } line && TrainingAccess.IsOnLine(region.Path, line))))
            {
                return TypedResults.NotFound();
            }

            path = region.Path;
        }

        return TypedResults.Ok(await services.Reader.ListAsync(caller, new TrainingFilter(path, ListQuery.Period(from, to, services.Options.Value)), paging, cancellationToken));
    }

    private static ValidationProblem RegionProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["regionId"] = [message] });
}
