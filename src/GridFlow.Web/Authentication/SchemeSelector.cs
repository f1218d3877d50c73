using Microsoft.AspNetCore.Identity;

namespace GridFlow.Web.Authentication;

/// <summary>
/// Which scheme a request is authenticated with. The API (<c>/api/...</c>) and any request carrying an
/// <c>Authorization</c> header keep the bearer token exactly as before: an API request with only a cookie is not signed
/// in (401, never a redirect), so a cookie can never be ridden across sites into the API. Everything else (the console's
/// pages, its circuit, the job dashboard) reads the console's cookie.
/// </summary>
/// <remarks>
/// One exception: reading a photo (<c>GET /api/attachments/{id}</c>) with the console's cookie and no token. A page shows
/// photos as <c>&lt;img&gt;</c> elements, which cannot send a bearer token; a read changes nothing, and the attachment
/// API still asks the same readers whether the signed-in user may see the photo (404 if not). Without the cookie the
/// request stays on the bearer scheme, so an anonymous caller still gets the API's 401 problem details.
/// </remarks>
public static class SchemeSelector
{
    public const string PhotoPath = "/api/attachments";

    public static string Select(HttpContext http) =>
        IsPhotoReadWithCookie(http.Request) ? ConsoleSchemes.Cookie
        : http.Request.Path.StartsWithSegments("/api") || http.Request.Headers.Authorization.Count > 0
            ? IdentityConstants.BearerScheme
            : ConsoleSchemes.Cookie;

    private static bool IsPhotoReadWithCookie(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Authorization.Count == 0
        && request.Path.StartsWithSegments(PhotoPath, out var rest)
        && Guid.TryParse(rest.Value?.TrimStart('/'), out _)
        && request.Cookies.ContainsKey(ConsoleSchemes.Cookie);
}
