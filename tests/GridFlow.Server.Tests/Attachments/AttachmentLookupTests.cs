using System.Net.Http.Headers;
using GridFlow.Attachments.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace GridFlow.Server.Tests.Attachments;

/// <summary>The lookup form validation uses: one query for all ids; unknown and malformed ids are missing.</summary>
public sealed class AttachmentLookupTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly GridFlowApp app = fixture.App;

    [Fact]
    public async Task FindMissing_ReportsUnknownAndMalformedIds()
    {
        var inspector = await app.ClientForAsync("inspector");
        var first = await UploadAsync(inspector, TestImages.Png);
        var second = await UploadAsync(inspector, TestImages.WebP);
        var unknown = Guid.NewGuid().ToString();

        await using var scope = app.Services.CreateAsyncScope();
        var lookup = scope.ServiceProvider.GetRequiredService<IAttachmentLookup>();
        var missing = await lookup.FindMissingAsync([first, unknown, second, "not-a-guid"], CancellationToken.None);

        Assert.Equal(new[] { unknown, "not-a-guid" }, missing);
        Assert.Empty(await lookup.FindMissingAsync([], CancellationToken.None));
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var response = await client.PostAsync("/api/attachments", new MultipartFormDataContent { { file, "file", "photo" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadedAttachment>())!.Id;
    }
}
