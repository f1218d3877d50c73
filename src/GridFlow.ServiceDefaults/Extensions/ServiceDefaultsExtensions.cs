using GridFlow.ServiceDefaults.Health;
using GridFlow.ServiceDefaults.Json;
using GridFlow.ServiceDefaults.Limits;
using GridFlow.ServiceDefaults.Logging;
using GridFlow.ServiceDefaults.OpenApi;
using GridFlow.ServiceDefaults.Options;
using GridFlow.ServiceDefaults.Problems;
using GridFlow.ServiceDefaults.Security;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace GridFlow.ServiceDefaults.Extensions;

/// <summary>What every GridFlow host shares: logging, JSON, problem details, validation, limits, health and OpenAPI.</summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddGridFlowLogging();
        builder.Services.AddGridFlowJson();
        builder.Services.AddGridFlowProblemDetails();
        // The console's map loads its base tiles from the tile server configured for it (none by default).
        builder.Services.AddGridFlowSecurityHeaders(SecurityHeaderPolicies.TileOrigin(builder.Configuration["Console:Map:TileUrl"]));
        builder.Services.AddOpenApi(options => options
            .AddSchemaTransformer<RawJsonListSchemaTransformer>()
            .AddSchemaTransformer<OmittedWhenNullSchemaTransformer>()
            .AddOperationTransformer<ProblemResponsesTransformer>());
        builder.Services.AddHealthChecks();
        builder.AddCheckedOptions<RequestLimitsOptions>(RequestLimitsOptions.Section);
        return builder;
    }

    /// <summary>The shared middleware, in order. Call before the feature endpoints are mapped.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        // First, so that every response carries the headers, errors included; then the request log, outside the
        // exception handler, so that it logs the status the client got (a 400 for a bad body, not the exception's 500).
        app.UseSecurityHeaders();
        app.UseGridFlowRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    /// <summary>Health, OpenAPI document and the API reference page.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapGridFlowHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous().WithSecurityHeadersPolicy(SecurityHeaderPolicies.InlineScripts);
        return app;
    }
}
