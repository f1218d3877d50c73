using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GridFlow.Scheduling.Dashboard;

/// <summary>
/// Hangfire's dashboard reads every POST as a form (its <c>/stats</c> and its job buttons) and fails with a 500 on a body
/// that is not one. This answers such a request 400 before the dashboard sees it.
/// </summary>
public static class DashboardFormGuard
{
    public static IApplicationBuilder UseDashboardFormGuard(this IApplicationBuilder app, string path) =>
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments(path) && !http.Request.HasFormContentType)
            {
                await Results.Problem(
                    title: "The dashboard takes form posts only.",
                    detail: "Send application/x-www-form-urlencoded or multipart/form-data.",
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
}
