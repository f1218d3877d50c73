using GridFlow.Contracts.Accounts;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Scheduling.Dashboard;

/// <summary>
/// Lets only admins into the Hangfire dashboard. The API signs requests with bearer tokens rather than cookies,
/// and the dashboard endpoint is anonymous to ASP.NET Core's authorization, so the filter authenticates the
/// request with the bearer scheme itself: no valid token is 401, a token without the admin role is 403.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var result = await http.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!result.Succeeded)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return false;
        }

        // Hangfire picks 401 or 403 from the user it sees, so it must see the authenticated one.
        http.User = result.Principal;
        if (!result.Principal.IsInRole(Roles.Admin))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }

        return true;
    }
}
