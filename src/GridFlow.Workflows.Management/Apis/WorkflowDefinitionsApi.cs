using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// Reading definitions and their versions (every signed-in caller), and validating a definition (designers and admins,
/// a bounded body, one at a time per caller: validation is the costliest thing a request can ask for).
/// </summary>
public static class WorkflowDefinitionsApi
{
    public static IEndpointRouteBuilder MapWorkflowDefinitionsApi(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions");
        definitions.MapGet("/", ListAsync);
        // The document is passed through as stored text, which carries no response metadata of its own.
        definitions.MapGet("/{definitionId}", GetAsync).Produces<JsonObject>(StatusCodes.Status200OK, "application/json");
        definitions.MapGet("/{definitionId}/versions", ListVersionsAsync);
        definitions.MapPost("/validate", Validate).WithDefinitionBodyLimits();
        return app;
    }

    public static async Task<Ok<List<DefinitionSummary>>> ListAsync(GridFlowDbContext db, CancellationToken cancellationToken)
    {
        // Every version without its document: a handful of definitions with a few dozen versions each.
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.Description, d.Status })
            .ToListAsync(cancellationToken);
        var summaries = rows.GroupBy(r => r.DefinitionId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(r => r.Version)!;
                var published = g.Where(r => r.Status == DefinitionStatuses.Published).MaxBy(r => r.Version);
                var shown = published ?? latest;
                return new DefinitionSummary(g.Key, shown.Name, shown.Description, latest.Version, published?.Version);
            })
            .ToList();
        return TypedResults.Ok(summaries);
    }

    /// <summary>The document of the given version, or of the live (highest published) version when none is given.</summary>
    public static async Task<Results<ContentHttpResult, NotFound>> GetAsync(
        string definitionId, int? version, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var versions = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        versions = version is { } v
            ? versions.Where(d => d.Version == v)
            : versions.Where(d => d.Status == DefinitionStatuses.Published).OrderByDescending(d => d.Version);
        var json = await versions.Select(d => d.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? TypedResults.NotFound() : TypedResults.Text(json, "application/json");
    }

    public static async Task<Results<Ok<List<DefinitionVersionView>>, NotFound>> ListVersionsAsync(
        string definitionId, GridFlowDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderBy(d => d.Version)
            .Select(d => new DefinitionVersionView(d.Version, d.Status, d.Origin, d.CreatedAt, d.CreatedBy, d.PublishedAt))
            .ToListAsync(cancellationToken);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions);
    }

    /// <summary>200 when the definition can run; otherwise 400 with every problem keyed by its JSON pointer.</summary>
    public static Results<Ok<DefinitionValidity>, ValidationProblem, ForbidHttpResult> Validate([FromBody] JsonNode? definition, Caller caller, WorkflowValidator validator)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        var problems = validator.Validate(definition);
        return problems.Count == 0
            ? TypedResults.Ok(new DefinitionValidity(true))
            : TypedResults.ValidationProblem(DefinitionDocument.ToErrors(problems), title: "The workflow definition is invalid.");
    }
}
