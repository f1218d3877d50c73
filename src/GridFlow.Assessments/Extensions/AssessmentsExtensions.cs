using GridFlow.Assessments.Apis;
using GridFlow.Assessments.CrossChecks;
using GridFlow.Assessments.Housekeeping;
using GridFlow.Assessments.Trainings;
using GridFlow.Attachments.Contracts;
using GridFlow.Scheduling.Jobs;
using GridFlow.Workflows.Runtime.Contracts;
using GridFlow.ServiceDefaults.Options;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Assessments.Extensions;

/// <summary>Wires the assessment module (考核): patrols (with the points' retention job), schemes (with the scheme files' import), pollution sources, trainings, cross-checks and the inspectors' archives, with their settings and endpoints.</summary>
public static class AssessmentsExtensions
{
    public static IHostApplicationBuilder AddAssessments(this IHostApplicationBuilder builder)
    {
        builder.AddCheckedOptions<AssessmentOptions>(AssessmentOptions.Section)
            .Validate(o => o.PatrolRule is not null && TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Assessments:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).");
        builder.Services.AddSingleton<PatrolInputRules>();
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
        // Replaces the runtime's default, which refuses every crossCheckId: this module owns the cross-checks.
        builder.Services.AddScoped<ICrossCheckLinks, CrossCheckLinks>();
        builder.Services.AddRecurringJob<PatrolPointsRetentionJob>(PatrolPointsRetentionJob.Name, PatrolPointsRetentionJob.DefaultCron);
        return builder;
    }

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app) =>
        app.MapPatrolsApi().MapAssessmentSchemesApi().MapPollutionSourcesApi().MapTrainingsApi().MapArchivesApi().MapCrossChecksApi();
}
