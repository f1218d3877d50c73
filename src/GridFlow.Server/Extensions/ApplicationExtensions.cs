using GridFlow.Accounts.Extensions;
using GridFlow.Assessments.Extensions;
using GridFlow.Attachments.Extensions;
using GridFlow.Data;
using GridFlow.Data.Extensions;
using GridFlow.DemoData.Extensions;
using GridFlow.Notifications.Extensions;
using GridFlow.Regions.Extensions;
using GridFlow.Scheduling.Extensions;
using GridFlow.Server.Problems;
using GridFlow.ServiceDefaults.Health;
using GridFlow.ServiceDefaults.Validation;
using GridFlow.Workflows.Management.Extensions;
using GridFlow.Web.Extensions;
using GridFlow.Workflows.Runtime.Extensions;

namespace GridFlow.Server.Extensions;

/// <summary>Wires GridFlow's modules into the host, in the order they depend on each other.</summary>
public static class ApplicationExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Hosted services start in registration order: migrate first, then seed.
        builder.AddGridFlowData();
        builder.AddDemoData();
        builder.AddAccounts();
        builder.AddRegions();
        builder.AddAttachments();
        builder.AddWorkflowManagement();
        builder.AddWorkflowRuntime();
        builder.AddScheduling();
        builder.AddNotifications();
        builder.AddAssessments();
        // After the accounts: the console makes its scheme selector the default (the API keeps the bearer scheme).
        builder.AddWebConsole();
        builder.Services.AddExceptionHandler<DatabaseConflictExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<GridFlowDbContext>("postgresql", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    public static WebApplication UseApplication(this WebApplication app)
    {
        app.UseWebConsoleLocalization();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        // Checks the tokens of the console's forms; API endpoints carry no anti-forgery metadata (bearer tokens are not ambient).
        app.UseAntiforgery();
        app.UseSchedulingDashboardGuard();
        return app;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        // Every API endpoint validates its annotated request objects before the handler runs.
        var api = app.MapGroup("").AddEndpointFilter<DataAnnotationsValidationFilter>();
        api.MapAccountsApi();
        api.MapRegionsApis();
        api.MapAttachmentsApi();
        api.MapWorkflowManagementApis();
        api.MapWorkflowRuntimeApis();
        api.MapNotificationsApi();
        api.MapAssessmentsApi();
        app.MapSchedulingDashboard();
        // The console at / (its start page, sign-in, the shell and its pages).
        app.MapWebConsole();
        return app;
    }
}
