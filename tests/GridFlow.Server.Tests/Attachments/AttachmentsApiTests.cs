using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace GridFlow.Server.Tests.Attachments;

/// <summary>Uploading photos, reading them back, and the refusals: wrong content, too big, missing, unknown, anonymous.</summary>
public sealed class AttachmentsApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const long MaxBytes = 10 * 1024 * 1024;

    private readonly GridFlowApp app = fixture.App;

    public static TheoryData<string, string> Images => new()
    {
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "webp", "image/webp" },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task Upload_RealImage_Is201AndReadsBackTheSameBytes(string format, string contentType)
    {
        var inspector = await app.ClientForAsync("inspector");
        var bytes = ImageFor(format);

        // The declared type and name are deliberately wrong: only the content decides.
        var response = await inspector.PostAsync("/api/attachments", Form(bytes, "upload.bin", "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<UploadedAttachment>())!;
        Assert.Equal(contentType, created.ContentType);
        Assert.Equal(bytes.Length, created.Size);
        Assert.Equal($"/api/attachments/{created.Id}", created.Url);
        Assert.Equal(created.Url, response.Headers.Location?.OriginalString);

        var read = await inspector.GetAsync(created.Url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(contentType, read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await read.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IsCachedForeverWithTheSha256AsETag()
    {
        var inspector = await app.ClientForAsync("inspector");
        var created = await UploadAsync(inspector, TestImages.Png);

        var read = await inspector.GetAsync(created.Url);

        var sha = Convert.ToHexStringLower(SHA256.HashData(TestImages.Png));
        Assert.Equal($"\"{sha}\"", read.Headers.ETag?.Tag);
        Assert.Equal("private, max-age=31536000, immutable", read.Headers.NonValidated["Cache-Control"].ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, created.Url);
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha}\""));
        Assert.Equal(HttpStatusCode.NotModified, (await inspector.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Upload_TextNamedPhotoJpg_Is400NamingFileAndTheAllowedTypes()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.PostAsync("/api/attachments", Form(Encoding.UTF8.GetBytes("not a photo at all"), "photo.jpg", "image/jpeg"));

        var message = await ProblemAssert.HasFieldErrorAsync(response, "file");
        Assert.Contains("image/jpeg", message);
        Assert.Contains("image/png", message);
        Assert.Contains("image/webp", message);
    }

    [Fact]
    public async Task Upload_NoFile_Is400NamingFile()
    {
        var inspector = await app.ClientForAsync("inspector");
        var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };

        var response = await inspector.PostAsync("/api/attachments", form);

        await ProblemAssert.HasFieldErrorAsync(response, "file");
    }

    [Fact]
    public async Task Upload_EmptyFile_Is400NamingFile()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.PostAsync("/api/attachments", Form([], "photo.png", "image/png"));

        await ProblemAssert.HasFieldErrorAsync(response, "file");
    }

    [Fact]
    public async Task Upload_11MB_Is413()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.PostAsync("/api/attachments", Form(TestImages.PngOfSize(11 * 1024 * 1024), "big.png", "image/png"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Upload_OneByteOverTheLimitInsideTheBodyAllowance_Is413()
    {
        var inspector = await app.ClientForAsync("inspector");

        // The body fits the endpoint's allowance for multipart overhead; the file itself is too big.
        var response = await inspector.PostAsync("/api/attachments", Form(TestImages.PngOfSize(MaxBytes + 1), "big.png", "image/png"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Upload_ExactlyTheLimit_Is201()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.PostAsync("/api/attachments", Form(TestImages.PngOfSize(MaxBytes), "max.png", "image/png"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        var inspector = await app.ClientForAsync("inspector");

        var response = await inspector.GetAsync($"/api/attachments/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Is401ForUploadAndRead()
    {
        var inspector = await app.ClientForAsync("inspector");
        var created = await UploadAsync(inspector, TestImages.Png);
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/attachments", Form(TestImages.Png, "a.png", "image/png"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(created.Url)).StatusCode);
    }

    private static byte[] ImageFor(string format) => format switch
    {
        "png" => TestImages.Png,
        "jpeg" => TestImages.Jpeg,
        "webp" => TestImages.WebP,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<UploadedAttachment> UploadAsync(HttpClient client, byte[] bytes)
    {
        var response = await client.PostAsync("/api/attachments", Form(bytes, "photo", "image/png"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadedAttachment>())!;
    }
}
