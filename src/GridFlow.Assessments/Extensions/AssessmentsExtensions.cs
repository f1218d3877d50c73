using GridFlow.Assessments.Adjustments;
using GridFlow.Assessments.Appeals;
using GridFlow.Assessments.Apis;
using GridFlow.Assessments.CrossChecks;
using GridFlow.Assessments.Results;
using GridFlow.Assessments.Runs;
using GridFlow.Assessments.Scoring;
using GridFlow.Assessments.Housekeeping;
using GridFlow.Assessments.Trainings;
using GridFlow.Attachments.Contracts;
using GridFlow.Scheduling.Extensions;
using GridFlow.Scheduling.Jobs;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.ServiceDefaults.Options;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Assessments.Extensions;

/// <summary>Wires the assessment module (考核): patrols (with the points' retention job), schemes (with the scheme files' import), pollution sources, trainings, cross-checks, the inspectors' archives, adjustments, the runs (with their monthly, quarterly and annual jobs) and appeals (with the loop that settles them), with their settings and endpoints.</summary>
public static class AssessmentsExtensions
{
    public static IHostApplicationBuilder AddAssessments(this IHostApplicationBuilder builder)
    {
        builder.AddCheckedOptions<AssessmentOptions>(AssessmentOptions.Section)
            .Validate(o => o.PatrolRule is not null && TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Assessments:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).");
        builder.Services.AddSingleton<PatrolInputRules>();
        builder.Services.AddSingleton<PatrolRuleSource>();
        builder.Services.AddScoped<PatrolRecorder>();
        builder.Services.AddScoped<PatrolReader>();
        builder.Services.AddScoped<SchemeStore>();
        // After the migrator and the workflow importer (registered before this module): the schema exists.
        builder.Services.AddHostedService<SchemeFileImporter>();
        builder.Services.AddSingleton<TrainingInputRules>();
        builder.Services.AddScoped<TrainingRecorder>();
        builder.Services.AddScoped<TrainingReader>();
        builder.Services.AddScoped<SourceInputRules>();
        builder.Services.AddScoped<SourceKeeper>();
        builder.Services.AddScoped<SourceReader>();
        builder.Services.AddScoped<IAttachmentReaders, SourcePhotoReaders>();
        builder.Services.AddScoped<CrossCheckInputRules>();
        builder.Services.AddScoped<CrossCheckOrders>();
        builder.Services.AddScoped<CrossCheckReader>();
        builder.Services.AddScoped<CrossCheckCheckers>();
        // Replaces the runtime's default, which refuses every crossCheckId: this module owns the cross-checks.
        builder.Services.AddScoped<ICrossCheckLinks, CrossCheckLinks>();
        builder.Services.AddRecurringJob<PatrolPointsRetentionJob>(PatrolPointsRetentionJob.Name, PatrolPointsRetentionJob.DefaultCron);
        builder.Services.AddScoped<FactReader>();
        builder.Services.AddScoped<RunScopes>();
        builder.Services.AddScoped<MonthlyAggregator>();
        builder.Services.AddScoped<RunExecutor>();
        builder.Services.AddScoped<AssessmentRunJob>();
        builder.Services.AddScoped<RunStarter>();
        builder.Services.AddScoped<RunReader>();
        builder.Services.AddScoped<RunComparer>();
        builder.Services.AddSingleton<ScorecardReader>();
        builder.Services.AddScoped<ScheduledRuns>();
        builder.Services.AddScoped<AdjustmentRecorder>();
        builder.Services.AddScoped<ResultRows>();
        builder.Services.AddScoped<RegionRankings>();
        builder.Services.AddScoped<DismissalList>();
        builder.Services.AddScoped<DismissalConfirmer>();
        builder.Services.AddScoped<ResultWorkbook>();
        builder.Services.AddScoped<RegionFigureReader>();
        builder.Services.AddScoped<BulletinComposer>();
        builder.Services.AddScoped<ResultNotifications>();
        builder.Services.AddScoped<AppealFiler>();
        builder.Services.AddScoped<AppealReader>();
        builder.Services.AddScoped<ResultRevisions>();
        builder.Services.AddScoped<AppealSettler>();
        builder.AddWorkerService<AppealSettleLoop>();
        // Periods end at midnight China time, so the jobs that start their runs keep that clock, whatever the server's.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(builder.Configuration[$"{AssessmentOptions.Section}:TimeZone"] ?? new AssessmentOptions().TimeZone);
        builder.Services.AddRecurringJob<MonthlyRunsJob>(MonthlyRunsJob.Name, MonthlyRunsJob.DefaultCron, zone);
        builder.Services.AddRecurringJob<QuarterlyRunsJob>(QuarterlyRunsJob.Name, QuarterlyRunsJob.DefaultCron, zone);
        builder.Services.AddRecurringJob<AnnualRunsJob>(AnnualRunsJob.Name, AnnualRunsJob.DefaultCron, zone);
        return builder;
    }

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app) =>
        app.MapPatrolsApi().MapAssessmentSchemesApi().MapPollutionSourcesApi().MapTrainingsApi().MapArchivesApi().MapCrossChecksApi()
            .MapAssessmentRunsApi().MapAssessmentResultsApi().MapAssessmentAdjustmentsApi().MapAssessmentAppealsApi();
}
