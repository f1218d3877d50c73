using GridFlow.Scheduling.Extensions;
using GridFlow.Scheduling.Jobs;
using GridFlow.ServiceDefaults.Json;
using GridFlow.ServiceDefaults.Options;
using GridFlow.Attachments.Contracts;
using GridFlow.Workflows.Runtime.Apis;
using GridFlow.Workflows.Runtime.Cases;
using GridFlow.Workflows.Runtime.Scoping;
using GridFlow.Workflows.Runtime.Escalations;
using GridFlow.Workflows.Runtime.Housekeeping;
using GridFlow.Workflows.Runtime.Reporting;
using GridFlow.Workflows.Runtime.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Workflows.Runtime.Extensions;

public static class RuntimeExtensions
{
    /// <summary>
    /// The engine's runtime: reporting, task completion, instances, incidents and migration; the timers (the sweep on
    /// worker nodes) and the escalations they raise; the clean-up of what finished workflows leave behind.
    /// </summary>
    public static IHostApplicationBuilder AddWorkflowRuntime(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<RuntimeOptions>(RuntimeOptions.Section);
        builder.AddCheckedOptions<TimerOptions>(TimerOptions.Section)
            .Validate(o => o.Retention is not null && o.Retention.Days is >= 1 and <= 36_500, "Timers:Retention:Days must be between 1 and 36500.");
        // Task lists pass each task's outcomes and form through from jsonb as stored.
        services.AddRawJsonPassThrough<TaskView>(nameof(TaskView.Outcomes), nameof(TaskView.Form));

        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<AssigneeResolver>();
        services.AddSingleton<TaskOpener>();
        services.AddSingleton<StepApplier>();
        services.AddSingleton<IncidentRecorder>();
        services.AddSingleton<TaskCompleter>();
        services.AddSingleton<TaskChanges>();
        services.AddSingleton<CaseLaunch>();
        services.AddScoped<IssueReporter>();
        services.AddScoped<CaseStarter>();
        services.AddScoped<CaseQueries>();
        // Replaced by the assessment module, which owns cross-checks; without it no report can name one.
        services.TryAddScoped<ICrossCheckLinks, NoCrossChecks>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<IssueQueries>();
        services.AddScoped<GridFlow.Workflows.Runtime.Statistics.IssueStatistics>();
        services.AddScoped<InstanceQueries>();
        services.AddScoped<InstanceMigrator>();
        services.AddScoped<IncidentRetrier>();
        services.AddScoped<IAttachmentReaders, IssuePhotoReaders>();

        services.AddSingleton<TimerMetrics>();
        services.AddSingleton<TimerSweep>();
        builder.AddWorkerService<TimerSweeper>();
        services.AddScoped<EscalationQueries>();
        services.AddScoped<EscalationActions>();
        services.AddScoped<EscalationCandidates>();
        services.AddRecurringJob<RetentionCleanupJob>(RetentionCleanupJob.Name, "30 3 * * *");
        return builder;
    }

    public static IEndpointRouteBuilder MapWorkflowRuntimeApis(this IEndpointRouteBuilder app) =>
        app.MapIssuesApi().MapTasksApi().MapWorkflowInstancesApi().MapEscalationsApi().MapStatsApi();
}
