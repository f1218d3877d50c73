namespace GridFlow.Workflows.Runtime.Apis;

/// <summary>Workflow instances: reading one, and migrating instances between definition versions.</summary>
public static class WorkflowInstancesApi
{
    public static IEndpointRouteBuilder MapWorkflowInstancesApi(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/api/workflow-instances").WithTags("Workflow instances");
        instances.MapGet("/{id:guid}", GetAsync);
        instances.MapPost("/migrate", MigrateAsync).ProducesProblem(StatusCodes.Status403Forbidden);
        instances.MapPost("/{id:guid}/incidents/{incidentId:guid}/retry", RetryAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<InstanceView>, NotFound>> GetAsync(Guid id, Caller caller, InstanceQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(caller, id, cancellationToken) is { } instance ? TypedResults.Ok(instance) : TypedResults.NotFound();

    /// <summary>Replays the failed transition of an incident; on success the incident is resolved with it.</summary>
    public static async Task<Results<Ok<CompleteTaskResponse>, ValidationProblem, ProblemHttpResult>> RetryAsync(
        Guid id, Guid incidentId, Caller caller, IncidentRetrier retrier, CancellationToken cancellationToken)
    {
        var result = await retrier.RetryAsync(caller, id, incidentId, cancellationToken);
        return result.Failure is { } failure ? failure.ToResult<Ok<CompleteTaskResponse>>() : TypedResults.Ok(result.Value!);
    }

    public static async Task<Results<Ok<MigrationReport>, ValidationProblem, ProblemHttpResult>> MigrateAsync(
        MigrateInstancesRequest request, Caller caller, InstanceMigrator migrator, CancellationToken cancellationToken)
    {
        var result = await migrator.MigrateAsync(caller, request, cancellationToken);
        return result.Failure is { } failure ? failure.ToResult<Ok<MigrationReport>>() : TypedResults.Ok(result.Value!);
    }
}
