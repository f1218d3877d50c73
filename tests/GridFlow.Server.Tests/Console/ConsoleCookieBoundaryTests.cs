using System.Net.Http.Headers;

namespace GridFlow.Server.Tests.Console;

/// <summary>
/// What the console's cookie opens and what it does not: the job dashboard for an admin (403 for anyone else), never the
/// API, which answers 401 problem details to a cookie as to nothing, and redirects nobody.
/// </summary>
public sealed class ConsoleCookieBoundaryTests(BrowserAppFixture fixture) : IClassFixture<BrowserAppFixture>
{
    [Theory]
    [InlineData("admin", 200)]
    [InlineData("inspector", 403)]
    [InlineData("designer", 403)]
    public async Task Hangfire_OpensForAnAdminsCookie_AndIsForbiddenToOthers(string userName, int status)
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, userName);

        var response = await page.GotoAsync("/hangfire");

        Assert.Equal(status, response!.Status);
        if (status == 200)
        {
            Assert.Contains("Hangfire", await page.ContentAsync());
            await BrowserAppFixture.ScreenshotAsync(page, "hangfire-admin-cookie");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheApi_AnswersACookieAsItAnswersNothing_401ProblemDetails_NeverARedirect()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(page, "admin");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "GridFlow.Console");
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.Address };

        using var bare = await client.GetAsync("/api/me");
        using var cookieOnly = await client.SendAsync(WithCookie("/api/me", cookie, html: false));
        using var asBrowser = await client.SendAsync(WithCookie("/api/me", cookie, html: true));
        using var hangfire = await client.GetAsync("/hangfire");

        await ProblemAssert.IsProblemAsync(bare, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(cookieOnly, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, asBrowser.StatusCode);
        Assert.Null(asBrowser.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, hangfire.StatusCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APhoto_IsReadWithTheConsolesCookie_ByWhoMaySeeIt_AndNoOneElse()
    {
        using var inspector = fixture.App.CreateClient();
        var token = await GridFlowApp.LoginAsync(inspector, "inspector", BrowserAppFixture.Password);
        inspector.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var file = new ByteArrayContent(TestImages.Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var upload = await inspector.PostAsync("/api/attachments", new MultipartFormDataContent { { file, "file", "a.png" } });
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var url = (await upload.Content.ReadFromJsonAsync<Attachments.UploadedAttachment>())!.Url;

        var own = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(own, "inspector");
        var other = await fixture.NewPageAsync();
        await BrowserAppFixture.SignInAsync(other, "township-officer");
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.Address };

        using var byUploader = await client.SendAsync(WithCookie(url, await ConsoleCookieAsync(own), html: false));
        using var byStranger = await client.SendAsync(WithCookie(url, await ConsoleCookieAsync(other), html: false));
        using var byNobody = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, byUploader.StatusCode);
        Assert.Equal(TestImages.Png, await byUploader.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        await ProblemAssert.IsProblemAsync(byNobody, HttpStatusCode.Unauthorized);
        await own.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    private static async Task<Microsoft.Playwright.BrowserContextCookiesResult> ConsoleCookieAsync(Microsoft.Playwright.IPage page) =>
        (await page.Context.CookiesAsync()).Single(c => c.Name == "GridFlow.Console");

    private static HttpRequestMessage WithCookie(string path, Microsoft.Playwright.BrowserContextCookiesResult cookie, bool html)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        if (html)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        }

        return request;
    }
}
