using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace GridFlow.ServiceDefaults.Logging;

public static class LoggingExtensions
{
    /// <summary>Serilog from the <c>Serilog</c> section of configuration: sinks, levels and enrichers are all settings.</summary>
    public static IHostApplicationBuilder AddGridFlowLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            // Each host owns its logger; the static one stays the bootstrap logger (several hosts run in one test process).
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One log event per request, carrying the user and the trace id.</summary>
    public static IApplicationBuilder UseGridFlowRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger (from configuration), not the static bootstrap logger.
            options.Logger = app.ApplicationServices.GetService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("UserName", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null);
                context.Set("TraceId", Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
            };
        });
}
