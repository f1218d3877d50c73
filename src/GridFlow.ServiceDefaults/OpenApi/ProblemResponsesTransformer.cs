using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace GridFlow.ServiceDefaults.OpenApi;

/// <summary>
/// Documents every problem response an operation can give: the statuses of <see cref="ProblemStatuses"/> are added,
/// and every 4xx is described as the problem details it is (<c>application/problem+json</c>) — the results without a
/// body (NotFound, Forbid, a challenge) get theirs from the status-code pages. An operation closed to anonymous callers
/// says so with a bearer security requirement, so that the API reference asks for a token.
/// </summary>
public sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";
    private const string BearerScheme = "Bearer";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var policies = context.ApplicationServices.GetService<IAuthorizationPolicyProvider>();
        var fallback = policies is null ? null : await policies.GetFallbackPolicyAsync();
        var statuses = ProblemStatuses.Of(context.Description, fallback is not null);
        if (ProblemStatuses.RequiresCaller(context.Description, fallback is not null) && context.Document is { } document)
        {
            document.AddComponent(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken of POST /api/auth/login.",
            });
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
        }

        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(status) };
            }
        }

        foreach (var (key, response) in operation.Responses)
        {
            if (key.StartsWith('4') && response is OpenApiResponse { Content: null or { Count: 0 } } empty)
            {
                var type = key == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
                empty.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = await ReferenceAsync(type, context, cancellationToken) } };
            }
        }
    }

    /// <summary>The component schema of the type, added to the document if no endpoint has declared it yet.</summary>
    private static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is not { } document)
        {
            return await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        }

        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken));
        }

        return new OpenApiSchemaReference(type.Name, document);
    }
}
