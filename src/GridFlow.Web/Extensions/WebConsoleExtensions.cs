using GridFlow.Accounts.Options;
using Microsoft.AspNetCore.Hosting;
using GridFlow.Accounts.SignIn;
using GridFlow.ServiceDefaults.Options;
using GridFlow.Web.Account;
using GridFlow.Web.Authentication;
using GridFlow.Web.Components;
using GridFlow.Web.Localization;
using GridFlow.Web.Notifications;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using MudBlazor.Services;
using System.Threading.RateLimiting;

namespace GridFlow.Web.Extensions;

/// <summary>
/// The web console: Blazor components rendered on the server (interactive once signed in), MudBlazor, zh-CN and
/// English texts, the console's cookie over the same Identity accounts and sessions as the API's bearer tokens.
/// </summary>
public static class WebConsoleExtensions
{
    /// <summary>The rate limit of the sign-in form (POST /login): the API login's permits per client address.</summary>
    public const string SignInRateLimitPolicy = "console-login";

    public static IHostApplicationBuilder AddWebConsole(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<ConsoleOptions>(ConsoleOptions.Section);
        builder.AddCheckedOptions<MapOptions>(MapOptions.Section);
        // ASP.NET Core reads the build's static web assets (MudBlazor's files, the console's CSS) only in Development by
        // itself; the tests' host runs as Testing. A published app has no such manifest, so this changes nothing there.
        if (builder is WebApplicationBuilder web)
        {
            web.WebHost.UseStaticWebAssets();
        }

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingSessionStateProvider>();
        services.AddScoped<ConsoleSignIn>();
        services.AddScoped<SessionCheckingCookieEvents>();
        services.AddSingleton<ConsoleNotifications>();
        services.AddSingleton<ScopeDescription>();
        services.AddSingleton<GridFlow.Web.Modules.ModuleCalls>();
        services.AddSingleton<GridFlow.Web.Modules.UserNames>();
        services.AddSingleton<GridFlow.Web.Components.Statistics.StatsReader>();
        services.AddSingleton<GridFlow.Web.Components.Operations.NodeHealthReader>();
        AddCookie(services);
        services.AddRateLimiter(options => options.AddPolicy(SignInRateLimitPolicy, SignInPartition));
        return builder;
    }

    /// <summary>Culture from the console's cookie (zh-CN without one), for everything but the API, whose texts and formats stay as they were.</summary>
    public static WebApplication UseWebConsoleLocalization(this WebApplication app)
    {
        var localization = new RequestLocalizationOptions()
            .SetDefaultCulture(ConsoleCultures.Default)
            .AddSupportedCultures([.. ConsoleCultures.Supported])
            .AddSupportedUICultures([.. ConsoleCultures.Supported]);
        localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), branch => branch.UseRequestLocalization(localization));
        return app;
    }

    public static WebApplication MapWebConsole(this WebApplication app)
    {
        // MudBlazor's files, the console's CSS and the framework's blazor.web.js: the sign-in page needs them signed out.
        app.MapStaticAssets().AllowAnonymous();
        // Pages need a signed-in user unless they say AllowAnonymous (the fallback policy, through the cookie).
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapConsoleSignOut();
        app.MapConsoleCulture();
        app.MapConsolePasswordChange();
        return app;
    }

    private static void AddCookie(IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ConsoleSchemes.Selector;
                options.DefaultChallengeScheme = ConsoleSchemes.Selector;
                options.DefaultForbidScheme = ConsoleSchemes.Selector;
            })
            .AddPolicyScheme(ConsoleSchemes.Selector, null, options => options.ForwardDefaultSelector = SchemeSelector.Select)
            .AddCookie(ConsoleSchemes.Cookie);
        services.AddOptions<CookieAuthenticationOptions>(ConsoleSchemes.Cookie).Configure<IOptions<ConsoleOptions>>((options, console) =>
        {
            options.Cookie.Name = ConsoleSchemes.Cookie;
            options.Cookie.HttpOnly = true;
            // Lax, not Strict: a link in a notification mail must open the console signed in.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(console.Value.SessionMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = "/login";
            options.LogoutPath = SignOutEndpoint.Path;
            options.AccessDeniedPath = "/";
            options.ReturnUrlParameter = "returnUrl";
            options.EventsType = typeof(SessionCheckingCookieEvents);
        });
    }

    /// <summary>Showing the form is free; each post takes a permit from the client address's window, as the API's login does.</summary>
    private static RateLimitPartition<string> SignInPartition(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.LoginPermitLimit,
            Window = TimeSpan.FromSeconds(limits.LoginWindowSeconds),
            QueueLimit = 0,
        });
    }
}
