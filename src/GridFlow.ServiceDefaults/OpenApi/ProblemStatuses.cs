using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace GridFlow.ServiceDefaults.OpenApi;

/// <summary>
/// The problem statuses an endpoint can answer with that ASP.NET Core does not document by itself, each read from the
/// endpoint: its authorization and rate-limiting metadata, its parameters and body, and its handler's typed results.
/// </summary>
public static class ProblemStatuses
{
    /// <param name="endpoint">The endpoint as the API explorer describes it.</param>
    /// <param name="fallbackRequiresCaller">
    /// Whether the host's fallback authorization policy applies to endpoints that name none (GridFlow's requires a
    /// signed-in caller).
    /// </param>
    public static SortedSet<int> Of(ApiDescription endpoint, bool fallbackRequiresCaller)
    {
        var metadata = endpoint.ActionDescriptor.EndpointMetadata;
        var statuses = new SortedSet<int>();
        var results = HandlerResults(metadata.OfType<MethodInfo>().FirstOrDefault());

        if (RequiresCaller(endpoint, fallbackRequiresCaller) || results.Contains(typeof(UnauthorizedHttpResult)))
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
        }

        // A role or policy requirement refuses a signed-in caller; so does a handler that can return Forbid.
        var authorize = metadata.OfType<IAuthorizeData>();
        if (RequiresCaller(endpoint, fallbackRequiresCaller) && authorize.Any(a => a.Roles is not null || a.Policy is not null) || results.Contains(typeof(ForbidHttpResult)))
        {
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            statuses.Add(StatusCodes.Status429TooManyRequests);
        }

        var parameters = endpoint.ParameterDescriptions.Where(IsFromRequest).ToList();
        // A value of the wrong type fails binding (BadRequestExceptionHandler) and any text may hold a NUL
        // (DataAnnotationsValidationFilter). Only a path value that a route constraint already checked cannot fail.
        if (parameters.Any(p => p.Source != BindingSource.Path || p.RouteInfo?.Constraints?.Any() != true))
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        // A path value that fails its route constraint matches no endpoint at all.
        if (parameters.Any(p => p.Source == BindingSource.Path && p.RouteInfo?.Constraints?.Any() == true))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        // Every body is limited in size (RequestBodyLimitMiddleware) and read only in the media types it is declared with.
        if (parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile))
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
            statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        return statuses;
    }

    /// <summary>Whether the endpoint is closed to anonymous callers: by its own authorization metadata, or by the fallback policy.</summary>
    public static bool RequiresCaller(ApiDescription endpoint, bool fallbackRequiresCaller)
    {
        var metadata = endpoint.ActionDescriptor.EndpointMetadata;
        return !metadata.OfType<IAllowAnonymous>().Any() && (metadata.OfType<IAuthorizeData>().Any() || fallbackRequiresCaller);
    }

    private static bool IsFromRequest(ApiParameterDescription parameter) =>
        parameter.Source == BindingSource.Path || parameter.Source == BindingSource.Query || parameter.Source == BindingSource.Header
        || parameter.Source == BindingSource.Body || parameter.Source == BindingSource.Form || parameter.Source == BindingSource.FormFile;

    /// <summary>The result types a handler can return: <c>Task&lt;Results&lt;Ok&lt;T&gt;, NotFound, ForbidHttpResult&gt;&gt;</c> → its three.</summary>
    private static HashSet<Type> HandlerResults(MethodInfo? handler)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>();
        if (handler is not null)
        {
            pending.Push(handler.ReturnType);
        }

        while (pending.TryPop(out var type))
        {
            if (!found.Add(type) || !type.IsGenericType)
            {
                continue;
            }

            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>) || typeof(INestedHttpResult).IsAssignableFrom(type))
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }
            }
        }

        return found;
    }
}
