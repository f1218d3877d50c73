using GridFlow.Assessments.Apis;
using GridFlow.Assessments.Housekeeping;
using GridFlow.Attachments.Contracts;
using GridFlow.Scheduling.Jobs;
using GridFlow.ServiceDefaults.Options;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Assessments.Extensions;

/// <summary>Wires the assessment module (考核): patrols and the pollution-source archive so far, with their settings, endpoints and the points' retention job.</summary>
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
        builder.Services.AddScoped<SourceInputRules>();
        builder.Services.AddScoped<SourceKeeper>();
        builder.Services.AddScoped<SourceReader>();
        builder.Services.AddScoped<IAttachmentReaders, SourcePhotoReaders>();
        builder.Services.AddRecurringJob<PatrolPointsRetentionJob>(PatrolPointsRetentionJob.Name, PatrolPointsRetentionJob.DefaultCron);
        return builder;
    }

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app) => app.MapPatrolsApi().MapPollutionSourcesApi();
}
