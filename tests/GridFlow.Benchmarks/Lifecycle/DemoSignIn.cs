using System.Net.Http.Headers;
using GridFlow.Benchmarks.Infrastructure;
using GridFlow.Benchmarks.Lifecycle.Contracts;
using GridFlow.DemoData.Seeding;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Signs a demo account in over HTTP, as the app would, and uploads the one photo it will reuse.</summary>
public static class DemoSignIn
{
    public static async Task<DemoUser> SignInAsync(ApiClient api, string userName)
    {
        var login = await api.PostAsync(null, "/api/auth/login", ApiClient.ToJson(new { userName, password = DemoAccounts.Password }));
        Expect(login, 200, $"login as {userName}");
        var token = login.Read<LoginResponse>().AccessToken;

        // One upload per user: the photo fields only need an id that exists, and uploads are not what is measured.
        using var form = new MultipartFormDataContent();
        var png = new ReadOnlyMemoryContent(OnePixelPng.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } };
        form.Add(png, "file", "evidence.png");
        var upload = await api.SendAsync(token, HttpMethod.Post, "/api/attachments", form);
        Expect(upload, 201, $"photo upload as {userName}");
        return new DemoUser(userName, token, upload.Read<AttachmentAnswer>().Id);
    }

    /// <summary>Setup calls must work; if one does not, the run stops with the server's answer.</summary>
    public static void Expect(ApiAnswer answer, int status, string what)
    {
        if (answer.Status != status)
        {
            throw new InvalidOperationException($"{what} answered {answer.Status}, expected {status}: {answer.Text}");
        }
    }
}
