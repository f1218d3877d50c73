using System.Threading.RateLimiting;
using GridFlow.Accounts.Apis;
using GridFlow.Accounts.Directory;
using GridFlow.Accounts.Options;
using GridFlow.Accounts.Provisioning;
using GridFlow.Accounts.Security;
using GridFlow.Data;
using GridFlow.Data.Auditing;
using GridFlow.ServiceDefaults.Options;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GridFlow.Accounts.Extensions;

public static class AccountsExtensions
{
    /// <summary>Identity users and roles in GridFlow's database, bearer tokens, lockout, login rate limit, and the audit actor.</summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCheckedOptions<AccountOptions>(AccountOptions.Section);

        services.AddHttpContextAccessor();
        services.AddSingleton<UserDirectory>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddDataProtection().SetApplicationName("GridFlow").PersistKeysToDbContext<GridFlowDbContext>();

        services.AddAuthentication(IdentityConstants.BearerScheme)
            .AddBearerToken(IdentityConstants.BearerScheme);
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<AccountOptions>>((options, accounts) =>
        {
            options.BearerTokenExpiration = TimeSpan.FromMinutes(accounts.Value.AccessTokenMinutes);
            options.RefreshTokenExpiration = TimeSpan.FromDays(accounts.Value.RefreshTokenDays);
        });
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
            options.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedAccessAttempts;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
            options.Lockout.AllowedForNewUsers = true;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every rate limit of the host answers this way (sign-in here, definition validation in Management).
            options.OnRejected = (context, _) => new ValueTask(Results.Problem(
                title: "Too many requests.",
                detail: context.HttpContext.Request.Path.StartsWithSegments("/api/auth")
                    ? "Too many sign-in attempts: wait a minute before trying again."
                    : "Too many of these requests at once: wait for the earlier ones to finish.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext));
            options.AddPolicy(AuthApi.LoginRateLimitPolicy, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.LoginPermitLimit,
                        Window = TimeSpan.FromSeconds(limits.LoginWindowSeconds),
                        QueueLimit = 0,
                    });
            });
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app) => app.MapAuthApi().MapMeApi();
}
