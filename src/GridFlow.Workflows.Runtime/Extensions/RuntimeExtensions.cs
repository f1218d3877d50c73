using GridFlow.Workflows.Runtime.Apis;
using GridFlow.Workflows.Runtime.Assignment;
using GridFlow.Workflows.Runtime.Directory;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Incidents;
using GridFlow.Workflows.Runtime.Instances;
using GridFlow.Workflows.Runtime.Options;
using GridFlow.Workflows.Runtime.Persistence;
using GridFlow.Workflows.Runtime.Reporting;
using GridFlow.Workflows.Runtime.Tasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Workflows.Runtime.Extensions;

public static class RuntimeExtensions
{
    /// <summary>The engine's runtime: reporting, task completion, instances, incidents and migration.</summary>
    public static IHostApplicationBuilder AddWorkflowRuntime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RuntimeOptions>()
            .Bind(builder.Configuration.GetSection(RuntimeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WorkflowEngine>();
        builder.Services.AddSingleton<RegionDirectory>();
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddSingleton<AssigneeResolver>();
        builder.Services.AddSingleton<TaskOpener>();
        builder.Services.AddSingleton<StepApplier>();
        builder.Services.AddSingleton<IncidentRecorder>();
        builder.Services.AddScoped<IssueReporter>();
        builder.Services.AddScoped<TaskCompleter>();
        builder.Services.AddScoped<TaskQueries>();
        builder.Services.AddScoped<IssueQueries>();
        builder.Services.AddScoped<InstanceQueries>();
        builder.Services.AddScoped<InstanceMigrator>();
        builder.Services.AddScoped<IncidentRetrier>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWorkflowRuntimeApis(this IEndpointRouteBuilder app) =>
        app.MapIssuesApi().MapTasksApi().MapWorkflowInstancesApi();
}
