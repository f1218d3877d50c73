using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Scheduling.Dashboard;

/// <summary>
/// Hangfire's dashboard reads every POST as a form (its <c>/stats</c> and its job buttons) and fails with a 500 on a body
/// that is not one. This answers such a request 400 before the dashboard sees it. A post that comes with a cookie rather
/// than a bearer token (a signed-in console admin's browser) must carry the dashboard's anti-forgery token, which its
/// pages send with every post: so no other site can press the dashboard's buttons in an admin's name. Hangfire's own
/// check is off (<c>IgnoreAntiforgeryToken</c>) because it would refuse API clients' bearer posts, which need none.
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

            if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments(path)
                && http.Request.Headers.Authorization.Count == 0
                && http.RequestServices.GetService<IAntiforgery>() is { } antiforgery
                && !await antiforgery.IsRequestValidAsync(http))
            {
                await Results.Problem(
                    title: "The dashboard post has no valid anti-forgery token.",
                    detail: "Post from the dashboard's own pages, or send a bearer token.",
                    statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
                return;
            }

            await next(http);
        });
}
