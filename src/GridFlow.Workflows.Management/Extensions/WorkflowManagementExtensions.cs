using GridFlow.ServiceDefaults.Options;
using GridFlow.Workflows.Management.Apis;
using GridFlow.Workflows.Management.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Workflows.Management.Extensions;

/// <summary>Registration of workflow definition management: the definition store, the calendar, the file import and the APIs.</summary>
public static class WorkflowManagementExtensions
{
    /// <summary>
    /// Binds <see cref="WorkflowOptions"/> (validated at start), registers <see cref="IWorkflowDefinitionStore"/> and
    /// <see cref="IWorkingCalendarProvider"/> as singletons and the startup <see cref="WorkflowFileImporter"/>.
    /// Call it after <c>AddGridFlowData</c>: hosted services start in order, and the import needs the migrated schema.
    /// </summary>
    public static IHostApplicationBuilder AddWorkflowManagement(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<WorkflowOptions>(WorkflowOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Directory) || Directory.Exists(o.Directory),
                $"{WorkflowOptions.Section}:{nameof(WorkflowOptions.Directory)} names a folder that does not exist.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new WorkflowValidator());
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<WorkflowDefinitionStore>());
        services.AddSingleton<WorkingCalendarProvider>();
        services.AddSingleton<IWorkingCalendarProvider>(sp => sp.GetRequiredService<WorkingCalendarProvider>());
        services.AddHostedService<WorkflowFileImporter>();
        services.AddRateLimiter(DefinitionBodyLimits.AddPolicy);
        return builder;
    }

    public static IEndpointRouteBuilder MapWorkflowManagementApis(this IEndpointRouteBuilder app) =>
        app.MapWorkflowDefinitionsApi().MapWorkflowDraftsApi().MapWorkflowPublishingApi().MapIssueCategoriesApi().MapCalendarApi();
}
