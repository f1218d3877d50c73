namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>The task inbox and task completion: <c>/api/tasks</c>.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync);
        tasks.MapGet("/{id:guid}", GetAsync);
        // The failures of TaskCompleter: not the caller's to complete, no such task, already done or not an outcome.
        tasks.MapPost("/{id:guid}/complete", CompleteAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary><c>assignedTo=me</c> is the caller's inbox; without it, the tasks of every issue the caller may see.</summary>
    public static async Task<Results<Ok<PagedList<TaskView>>, ValidationProblem>> ListAsync(
        Caller caller, TaskQueries queries, string? assignedTo, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize);
        var errors = paging.Validate();
        if (assignedTo is not (null or "me"))
        {
            errors["assignedTo"] = ["Only assignedTo=me is supported."];
        }

        if (status is not (null or TaskStatuses.Open or TaskStatuses.Done or TaskStatuses.Cancelled))
        {
            errors["status"] = ["status is open, done or cancelled."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await queries.ListAsync(caller, assignedTo == "me", status ?? TaskStatuses.Open, paging, cancellationToken));
    }

    public static async Task<Results<Ok<TaskView>, NotFound>> GetAsync(Guid id, Caller caller, TaskQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(caller, id, cancellationToken) is { } task ? TypedResults.Ok(task) : TypedResults.NotFound();

    public static async Task<Results<Ok<CompleteTaskResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, CompleteTaskRequest request, Caller caller, TaskCompleter completer, CancellationToken cancellationToken)
    {
        var result = await completer.CompleteAsync(caller, id, request, cancellationToken);
        if (result.Failure is { } failure)
        {
            return failure.ToResult<Ok<CompleteTaskResponse>>();
        }

        return TypedResults.Ok(result.Value!);
    }
}
