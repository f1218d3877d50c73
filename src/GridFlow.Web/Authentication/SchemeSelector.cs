using Microsoft.AspNetCore.Identity;

namespace GridFlow.Web.Authentication;

/// <summary>
/// Which scheme a request is authenticated with. The API (<c>/api/...</c>) and any request carrying an
/// <c>Authorization</c> header keep the bearer token exactly as before: an API request with only a cookie is not signed
/// in (401, never a redirect), so a cookie can never be ridden across sites into the API. Everything else (the console's
/// pages, its circuit, the job dashboard) reads the console's cookie.
/// </summary>
public static class SchemeSelector
{
    public static string Select(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Headers.Authorization.Count > 0
            ? IdentityConstants.BearerScheme
            : ConsoleSchemes.Cookie;
}
