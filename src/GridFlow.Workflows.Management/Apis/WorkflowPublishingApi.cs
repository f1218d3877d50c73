namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// Designers (and admins) publish and retract versions. Each write holds the definition's advisory lock for its
/// transaction, so a draft cannot change between validation and publish. Running instances keep the version they
/// started on; only new instances see a publish (at once on this node, within the cache interval on the others).
/// </summary>
public static class WorkflowPublishingApi
{
    public static IEndpointRouteBuilder MapWorkflowPublishingApi(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        definitions.MapPost("/{definitionId}/publish", PublishAsync).ProducesProblem(StatusCodes.Status409Conflict);
        definitions.MapPost("/{definitionId}/versions/{version:int}/retract", RetractAsync).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Publishes the latest draft, or the given draft or retracted version, after validating it.</summary>
    public static async Task<Results<Ok<DefinitionVersionRef>, ValidationProblem, NotFound, ProblemHttpResult, ForbidHttpResult>> PublishAsync(
        string definitionId, int? version, Caller caller, [AsParameters] DefinitionServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        await using var transaction = await DefinitionLocks.BeginWriteAsync(db, definitionId, cancellationToken);
        var versions = db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId);
        var row = version is { } v
            ? await versions.SingleOrDefaultAsync(d => d.Version == v, cancellationToken)
            : await versions.Where(d => d.Status == DefinitionStatuses.Draft).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return version is null && await versions.AnyAsync(cancellationToken)
                ? Problems.Conflict($"{definitionId} has no draft to publish. Save one with PUT /api/workflow-definitions/{definitionId}/draft.")
                : TypedResults.NotFound();
        }

        if (row.Status == DefinitionStatuses.Published)
        {
            return Problems.Conflict($"{definitionId} v{row.Version} is already published.");
        }

        var problems = services.Validator.Validate(row.Json);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(DefinitionDocument.ToErrors(problems), title: $"{definitionId} v{row.Version} is invalid and was not published.");
        }

        var now = services.Clock.GetUtcNow();
        var before = DefinitionAuditSnapshot.Of(row);
        row.Status = DefinitionStatuses.Published;
        row.PublishedAt = now;
        AuditTrail.Add(db, services.Actor, now, AuditTrail.Updated, DefinitionAuditSnapshot.EntityType, definitionId, before, DefinitionAuditSnapshot.Of(row));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Store.Invalidate();
        return TypedResults.Ok(new DefinitionVersionRef(definitionId, row.Version));
    }

    /// <summary>Withdraws a published version; new instances fall back to the previous published one.</summary>
    public static async Task<Results<Ok<DefinitionVersionRef>, NotFound, ProblemHttpResult, ForbidHttpResult>> RetractAsync(
        string definitionId, int version, Caller caller, [AsParameters] DefinitionServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var db = services.Db;
        await using var transaction = await DefinitionLocks.BeginWriteAsync(db, definitionId, cancellationToken);
        var versions = db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId);
        var row = await versions.SingleOrDefaultAsync(d => d.Version == version, cancellationToken);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (row.Status != DefinitionStatuses.Published)
        {
            return Problems.Conflict($"Only a published version can be retracted; {definitionId} v{version} is {row.Status}.");
        }

        if (!await versions.AnyAsync(d => d.Status == DefinitionStatuses.Published && d.Version != version, cancellationToken))
        {
            var mapped = await db.IssueCategories.Where(c => c.WorkflowDefinitionId == definitionId).Select(c => c.Code).OrderBy(c => c).ToListAsync(cancellationToken);
            if (mapped.Count > 0)
            {
                return Problems.Conflict(
                    $"{definitionId} v{version} is its only published version and the categories {string.Join(", ", mapped)} run on it. Map them to another definition first.");
            }
        }

        var now = services.Clock.GetUtcNow();
        var before = DefinitionAuditSnapshot.Of(row);
        row.Status = DefinitionStatuses.Retracted;
        AuditTrail.Add(db, services.Actor, now, AuditTrail.Updated, DefinitionAuditSnapshot.EntityType, definitionId, before, DefinitionAuditSnapshot.Of(row));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        services.Store.Invalidate();
        return TypedResults.Ok(new DefinitionVersionRef(definitionId, version));
    }
}
