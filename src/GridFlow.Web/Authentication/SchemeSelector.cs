using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;

namespace GridFlow.Web.Authentication;

/// <summary>
/// Which scheme a request is authenticated with. The API (<c>/api/...</c>) and any request carrying an
/// <c>Authorization</c> header keep the bearer token exactly as before: an API request with only a cookie is not signed
/// in (401, never a redirect), so a cookie can never be ridden across sites into the API. Everything else (the console's
/// pages, its circuit, the job dashboard) reads the console's cookie.
/// </summary>
/// <remarks>
/// One exception: a few API reads the browser itself makes from a console page, which cannot send a bearer token — a
/// photo as an <c>&lt;img&gt;</c> (<c>GET /api/attachments/{id}</c>), a run's workbook and its printable bulletin as
/// links. With the console's cookie and no token they read the cookie. They are GETs that change nothing (a cross-site
/// page can make the browser send them but not read the answer), and the API still scopes them to the signed-in user.
/// Without the cookie they stay on the bearer scheme, so an anonymous caller still gets the API's 401 problem details.
/// </remarks>
public static partial class SchemeSelector
{
    public static string Select(HttpContext http) =>
        IsBrowserReadWithCookie(http.Request) ? ConsoleSchemes.Cookie
        : http.Request.Path.StartsWithSegments("/api") || http.Request.Headers.Authorization.Count > 0
            ? IdentityConstants.BearerScheme
            : ConsoleSchemes.Cookie;

    private static bool IsBrowserReadWithCookie(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Authorization.Count == 0
        && request.Cookies.ContainsKey(ConsoleSchemes.Cookie)
        && BrowserReads().IsMatch(request.Path.Value ?? "");

    private const string Guid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    [GeneratedRegex($"^/api/(attachments/{Guid}|assessment-runs/{Guid}/(export\\.xlsx|bulletin))$", RegexOptions.CultureInvariant)]
    private static partial Regex BrowserReads();
}
