using GridFlow.Contracts.Accounts;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Scheduling.Dashboard;

/// <summary>
/// Lets only admins into the Hangfire dashboard. The dashboard endpoint is anonymous to ASP.NET Core's authorization,
/// so the filter decides: a bearer token (API clients) is authenticated here with the bearer scheme; without one, the
/// user the host's default scheme found (the web console's cookie) counts. Nobody signed in is 401, a user without
/// the admin role 403.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
        var user = result.Succeeded ? result.Principal : http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return false;
        }

        // Hangfire picks 401 or 403 from the user it sees, so it must see the authenticated one.
        http.User = user;
        if (!user.IsInRole(Roles.Admin))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }

        return true;
    }
}
