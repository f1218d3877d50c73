using GridFlow.Notifications.Apis;
using GridFlow.Notifications.Hosting;
using GridFlow.Notifications.Jobs;
using GridFlow.Scheduling.Extensions;
using GridFlow.ServiceDefaults.Options;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Notifications.Extensions;

public static class NotificationsExtensions
{
    /// <summary>
    /// In-app and email notifications: outbox delivery and mail sending (fast loops on worker nodes, plus the
    /// <c>outbox-retry</c> recurring job), the supervisors' daily digest, clean-up, and the notification APIs.
    /// </summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<NotificationsOptions>(NotificationsOptions.Section)
            .Validate(o => KnownZone(o.TimeZone), "Notifications:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .Validate(o => o.RetryMaxSeconds >= o.RetryBaseSeconds, "Notifications:RetryMaxSeconds must not be below RetryBaseSeconds.");
        builder.AddCheckedOptions<SmtpOptions>(SmtpOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.Password) || !string.IsNullOrEmpty(o.UserName), "Smtp:Password is set without Smtp:UserName.");

        services.AddSingleton<LiquidRenderer>();
        services.AddSingleton<TemplateModels>();
        services.AddSingleton<RecipientFinder>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<SmtpConnector>();
        services.AddSingleton<MailComposer>();
        services.AddSingleton<EmailSender>();
        services.AddScoped<GridFlow.Notifications.Results.ResultNotifier>();

        // The loops belong to worker nodes, like the Hangfire server (Scheduling:Role).
        builder.AddWorkerService<OutboxDispatchLoop>();
        builder.AddWorkerService<EmailSendLoop>();

        services.AddRecurringJob<OutboxRetryJob>(OutboxRetryJob.Name, "* * * * *");
        services.AddRecurringJob<SupervisorDigestJob>(SupervisorDigestJob.Name, SupervisorDigestJob.DefaultCron);
        services.AddRecurringJob<NotificationRetentionJob>(NotificationRetentionJob.Name, "45 3 * * *");
        return builder;
    }

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app) =>
        app.MapNotificationsInboxApi().MapNotificationPreferencesApi().MapNotificationTemplatesApi().MapEmailsApi();

    private static bool KnownZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
