using Microsoft.AspNetCore.Localization;

namespace GridFlow.Web.Localization;

/// <summary>
/// <c>GET /culture?name=en&amp;returnUrl=/account</c>: the language switch. Writes ASP.NET Core's culture cookie (a year)
/// and goes back to the page, so the choice sticks across reloads and sign-ins. Only the console's languages and only
/// local return addresses are taken.
/// </summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapConsoleCulture(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Set).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Set(string? name, string? returnUrl, HttpContext http)
    {
        var culture = ConsoleCultures.Supported.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) ?? ConsoleCultures.Default;
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    /// <summary>"/x" but not "//x" or "/\x" (which browsers read as another host).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
