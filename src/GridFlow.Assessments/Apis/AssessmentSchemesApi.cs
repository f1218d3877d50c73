using GridFlow.Contracts.Regions;

namespace GridFlow.Assessments.Apis;

/// <summary>
/// Assessment schemes (考核方案) as versioned data: everyone signed in reads them (an inspector may see what they are
/// scored by); editors validate, save drafts and publish (see <see cref="SchemeEditors"/>). Problems are keyed by JSON
/// pointer.
/// </summary>
public static class AssessmentSchemesApi
{
    /// <summary>Schemes are small: the default one is 2 KB; fifty items with long names stay far below this.</summary>
    public const int MaxBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapAssessmentSchemesApi(this IEndpointRouteBuilder app)
    {
        var schemes = app.MapGroup("/api/assessment-schemes").WithTags("Assessment");
        schemes.MapGet("/", ListAsync);
        schemes.MapGet("/{schemeId}", GetAsync);
        schemes.MapPost("/validate", ValidateAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Accepts<JsonObject>("application/json");
        schemes.MapPut("/{schemeId}/draft", SaveDraftAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .Accepts<JsonObject>("application/json");
        schemes.MapPost("/{schemeId}/publish", PublishAsync).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Ok<List<SchemeSummary>>> ListAsync([AsParameters] SchemeServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.Store.ListAsync(cancellationToken));

    public static async Task<Results<Ok<JsonObject>, NotFound, ValidationProblem>> GetAsync(
        string schemeId, int? version, [AsParameters] SchemeServices services, CancellationToken cancellationToken)
    {
        if (version is < 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["must be 1 or more."] });
        }

        return await services.Store.FindAsync(schemeId, version, cancellationToken) is { } row ? TypedResults.Ok(View(row)) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<ValidationResultView>, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, Caller caller, [AsParameters] SchemeServices services, CancellationToken cancellationToken)
    {
        if (!caller.EditsSchemes())
        {
            return TypedResults.Forbid();
        }

        var (scheme, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var problems = await CheckAsync(scheme, services, cancellationToken);
        return problems.Any ? TypedResults.ValidationProblem(problems.ByPointer, title: "The scheme is not valid.") : TypedResults.Ok(new ValidationResultView(true));
    }

    public static async Task<Results<Ok<JsonObject>, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> SaveDraftAsync(
        string schemeId, HttpRequest request, Caller caller, [AsParameters] SchemeServices services, CancellationToken cancellationToken)
    {
        if (!caller.EditsSchemes())
        {
            return TypedResults.Forbid();
        }

        var (scheme, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // The route names the scheme; a document without an id takes it, one with another id is a mistake.
        if (scheme is JsonObject named && named["schemeId"] is null)
        {
            named["schemeId"] = schemeId;
        }

        var problems = await CheckAsync(scheme, services, cancellationToken);
        if (!problems.Any && scheme!["schemeId"]!.GetValue<string>() != schemeId)
        {
            problems.Add("/schemeId", $"must be '{schemeId}', the scheme the address names.");
        }

        if (problems.Any)
        {
            return TypedResults.ValidationProblem(problems.ByPointer, title: "The scheme is not valid.");
        }

        var regionId = scheme!["regionId"] is { } region ? Guid.Parse(region.GetValue<string>()) : (Guid?)null;
        var existing = await services.Store.FindAsync(schemeId, null, cancellationToken);
        if (!caller.Edits(regionId) || (existing is not null && !caller.Edits(existing.RegionId)))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(View(await services.Store.SaveDraftAsync((JsonObject)scheme, services.Actor, cancellationToken)));
    }

    public static async Task<Results<Ok<JsonObject>, NotFound, ForbidHttpResult, ProblemHttpResult>> PublishAsync(
        string schemeId, Caller caller, [AsParameters] SchemeServices services, CancellationToken cancellationToken)
    {
        if (!caller.EditsSchemes())
        {
            return TypedResults.Forbid();
        }

        if (await services.Store.FindAsync(schemeId, null, cancellationToken) is not { } latest)
        {
            return TypedResults.NotFound();
        }

        if (!caller.Edits(latest.RegionId))
        {
            return TypedResults.Forbid();
        }

        return await services.Store.PublishAsync(schemeId, services.Actor, cancellationToken) is { } published
            ? TypedResults.Ok(View(published))
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The scheme has no draft to publish.", detail: "Save a draft first (PUT .../draft).");
    }

    /// <summary>The body as JSON, at most <see cref="MaxBytes"/>; a refusal (413, 400) otherwise.</summary>
    private static async Task<(JsonNode? Scheme, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 16 }), null);
        }
        catch (JsonException exception)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not JSON.", detail: exception.Message));
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The scheme is too large.", detail: $"A scheme is at most {MaxBytes / 1024} KB.");

    private static async Task<SchemeProblems> CheckAsync(JsonNode? scheme, SchemeServices services, CancellationToken cancellationToken)
    {
        var problems = SchemeValidator.Validate(scheme);
        if (!problems.ByPointer.ContainsKey("/regionId") && scheme is JsonObject document && document["regionId"] is { } region
            && await services.Regions.FindAsync(Guid.Parse(region.GetValue<string>()), cancellationToken) is not { Level: RegionLevel.County })
        {
            problems.Add("/regionId", "must be null (the whole deployment) or the id of a county.");
        }

        return problems;
    }

    private static JsonObject View(AssessmentSchemeVersion row)
    {
        var document = JsonNode.Parse(row.Document)!.AsObject();
        document["status"] = row.Status;
        document["publishedAt"] = row.PublishedAt;
        return document;
    }
}
