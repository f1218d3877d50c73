using Microsoft.AspNetCore.Mvc;

namespace GridFlow.Workflows.Management.Apis;

/// <summary>
/// Designers (and admins) save work in progress as a draft version. The save holds the definition's advisory lock,
/// so two saves never take the same version number and a publish never sees half a save.
/// </summary>
public static class WorkflowDraftsApi
{
    private const int MaxDefinitionIdLength = 64;
    private const int MaxNameLength = 256;

    public static IEndpointRouteBuilder MapWorkflowDraftsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/workflow-definitions").WithTags("Workflow definitions").MapPut("/{definitionId}/draft", SaveDraftAsync).WithDefinitionBodyLimits();
        return app;
    }

    /// <summary>Replaces the latest version if it is a draft, else adds a draft after it. Invalid drafts are saved and say so.</summary>
    public static async Task<Results<Ok<DraftSaved>, ValidationProblem, ForbidHttpResult>> SaveDraftAsync(
        string definitionId, [FromBody] JsonNode? definition, Caller caller, [AsParameters] DefinitionServices services, CancellationToken cancellationToken)
    {
        if (!caller.CanDesign())
        {
            return TypedResults.Forbid();
        }

        if (definition is not JsonObject source)
        {
            return Problems.Invalid("", "A definition must be a JSON object.");
        }

        var bodyId = StringAt(source, "definitionId");
        if (bodyId != definitionId || definitionId.Length > MaxDefinitionIdLength)
        {
            return Problems.Invalid("/definitionId", bodyId != definitionId
                ? $"The definition's definitionId ('{bodyId}') must be the one in the address ('{definitionId}')."
                : $"A definition id has at most {MaxDefinitionIdLength} characters.");
        }

        // A work-in-progress draft may lack a name; the id stands in until it has one.
        var name = StringAt(source, "name") ?? definitionId;
        if (name.Length > MaxNameLength)
        {
            return Problems.Invalid("/name", $"A name has at most {MaxNameLength} characters.");
        }

        var db = services.Db;
        await using var transaction = await DefinitionLocks.BeginWriteAsync(db, definitionId, cancellationToken);
        var latest = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        var replacing = latest is { Status: DefinitionStatuses.Draft };
        var version = replacing ? latest!.Version : (latest?.Version ?? 0) + 1;
        var document = DefinitionDocument.WithVersion(source, version);
        var problems = services.Validator.Validate(document);
        var now = services.Clock.GetUtcNow();
        // The replaced document is already in the audit row of the save that wrote it.
        var before = replacing ? DefinitionAuditSnapshot.Of(latest!) : null;
        var row = replacing ? latest! : db.WorkflowDefinitions.Add(new WorkflowDefinitionVersion
        {
            DefinitionId = definitionId, Version = version, Name = name, Status = DefinitionStatuses.Draft, Json = "{}", Origin = DefinitionOrigins.Api,
        }).Entity;
        row.Name = name;
        row.Description = StringAt(source, "description");
        row.Json = DefinitionDocument.ToText(document);
        row.CreatedAt = now;
        row.CreatedBy = caller.UserName;
        AuditTrail.Add(db, services.Actor, now, replacing ? AuditTrail.Updated : AuditTrail.Created, DefinitionAuditSnapshot.EntityType, definitionId,
            before, DefinitionAuditSnapshot.Of(row, withJson: true));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new DraftSaved(definitionId, version, problems.Count == 0, problems.Count == 0 ? null : DefinitionDocument.ToErrors(problems)));
    }

    private static string? StringAt(JsonObject json, string property) =>
        json[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
