using System.Threading.RateLimiting;
using GridFlow.Accounts.Apis;
using GridFlow.Accounts.Directory;
using GridFlow.Accounts.Housekeeping;
using GridFlow.Accounts.Options;
using GridFlow.Accounts.Provisioning;
using GridFlow.Accounts.Sessions;
using GridFlow.Accounts.SignIn;
using GridFlow.Accounts.Users;
using GridFlow.Data;
using GridFlow.Data.Auditing;
using GridFlow.Scheduling.Jobs;
using GridFlow.ServiceDefaults.Options;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Accounts.Extensions;

public static class AccountsExtensions
{
    /// <summary>
    /// Identity users and roles in GridFlow's database, bearer tokens with sessions checked on every request, refresh-token
    /// rotation, sign-in throttling per address and user name, the backstop lockout, the login rate limit, and the audit actor.
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<AccountOptions>(AccountOptions.Section)
            .Validate(o => o.LoginBackoffMaxSeconds >= o.LoginBackoffBaseSeconds, "Accounts:LoginBackoffMaxSeconds must not be below Accounts:LoginBackoffBaseSeconds.")
            .Validate(o => o.LoginFailureMemoryMinutes * 60 >= o.LoginBackoffMaxSeconds, "Accounts:LoginFailureMemoryMinutes must cover Accounts:LoginBackoffMaxSeconds, or a streak would be forgotten before its wait ends.");

        services.AddHttpContextAccessor();
        services.AddSingleton<UserDirectory>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<AccountChecks>();
        services.AddScoped<AccountWriter>();
        services.AddScoped<OwnPasswordChange>();
        services.AddScoped<ActingUser>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddDataProtection().SetApplicationName("GridFlow").PersistKeysToDbContext<GridFlowDbContext>();

        AddSignIn(services);
        AddSessions(services);
        services.AddAuthorizationBuilder()
            // Secure by default: every endpoint needs a signed-in caller unless it says AllowAnonymous.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddIdentityCore<GridFlowUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GridFlowDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<GridFlowClaimsPrincipalFactory>();

        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((options, accounts) =>
        {
            // Identity's lockout counts failures of an account from every address together, so at a low limit anyone
            // could lock anyone out. The per-address throttle (LoginThrottle) is the real brake; this stays, set high
            // (50 in a row, then an hour), only to bound guessing from very many addresses at once (ASVS 2.2.1: no more
            // than 100 failed attempts per hour on one account).
            options.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedAccessAttempts;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
            options.Lockout.AllowedForNewUsers = true;
        });

        AddLoginRateLimit(services);
        services.AddRecurringJob<AccountsCleanupJob>(AccountsCleanupJob.Name, AccountsCleanupJob.DefaultCron);
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app) => app.MapAuthApi().MapMeApi().MapUsersApi();

    private static void AddSignIn(IServiceCollection services)
    {
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<LoginThrottle>();
        services.AddScoped<PasswordSignIn>();
    }

    private static void AddSessions(IServiceCollection services)
    {
        services.AddSingleton<SessionStates>();
        services.AddScoped<SessionCheck>();
        services.AddScoped<SessionCheckingBearerEvents>();
        services.AddScoped<RefreshTokenStore>();
        services.AddScoped<AccessTokenIssuer>();
        services.AddScoped<SessionTokens>();

        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.EventsType = typeof(SessionCheckingBearerEvents));
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<AccountOptions>>((options, accounts) =>
        {
            options.BearerTokenExpiration = TimeSpan.FromMinutes(accounts.Value.AccessTokenMinutes);
        });
    }

    private static void AddLoginRateLimit(IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // Every rate limit of the host answers this way (sign-in here, definition validation in Management).
        options.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
            {
                RetryAfter.Set(context.HttpContext.Response, wait);
            }

            return new ValueTask(Results.Problem(
                title: "Too many requests.",
                detail: context.HttpContext.Request.Path.StartsWithSegments("/api/auth")
                    ? "Too many sign-in attempts: wait a minute before trying again."
                    : "Too many of these requests at once: wait for the earlier ones to finish.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
        };
        options.AddPolicy(AuthApi.LoginRateLimitPolicy, http =>
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(http),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginPermitLimit,
                    Window = TimeSpan.FromSeconds(limits.LoginWindowSeconds),
                    QueueLimit = 0,
                });
        });
    });
}
