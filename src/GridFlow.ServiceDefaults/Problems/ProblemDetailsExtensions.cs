using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace GridFlow.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 7807 problem details for every error, with the trace id, and never a stack trace.</summary>
    public static IServiceCollection AddGridFlowProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            // The exception is for the logs only.
            context.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures throw (in every environment) so that BadRequestExceptionHandler can say which field was wrong.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
