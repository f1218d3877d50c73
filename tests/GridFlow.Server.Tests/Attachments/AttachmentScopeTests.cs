namespace GridFlow.Server.Tests.Attachments;

/// <summary>
/// A photo is read by whoever uploaded it and by those who may see the issue it belongs to; to anyone else it is a
/// 404, like a photo that does not exist. (An inspector of another county used to get any issue's photo.)
/// </summary>
public sealed class AttachmentScopeTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>, IAsyncLifetime
{
    private readonly GridFlowApp app = fixture.App;
    private readonly Lifecycle flow = new(fixture.App);

    public Task InitializeAsync() => TestAccounts.OtherCountyInspectorAsync(app.Services);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("township-officer")]
    [InlineData("inspector")]
    [InlineData("county-supervisor")]
    [InlineData("city-supervisor")]
    [InlineData("admin")]
    public async Task APhotoOfAnIssue_IsReadByThoseWhoSeeTheIssue(string role)
    {
        var photo = await RectificationPhotoAsync();

        var response = await (await app.ClientForAsync(role)).GetAsync($"/api/attachments/{photo}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestImages.Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APhotoOfAnIssue_Is404ToAnInspectorWhoCannotSeeTheIssue_LikeOneThatDoesNotExist()
    {
        var photo = await RectificationPhotoAsync();
        var outsider = await app.ClientForAsync(TestAccounts.OtherCountyInspector);

        var hidden = await outsider.GetAsync($"/api/attachments/{photo}");
        var missing = await outsider.GetAsync($"/api/attachments/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(),
            (await hidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task APhotoNotYetOnAnyIssue_IsReadOnlyByItsUploader()
    {
        var photo = await flow.UploadPhotoAsync("inspector");

        var own = await (await app.ClientForAsync("inspector")).GetAsync($"/api/attachments/{photo}");
        var officer = await (await app.ClientForAsync("township-officer")).GetAsync($"/api/attachments/{photo}");
        var outsider = await (await app.ClientForAsync(TestAccounts.OtherCountyInspector)).GetAsync($"/api/attachments/{photo}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, officer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
    }

    /// <summary>An issue in the demo inspector's grid, dispatched and rectified with a photo the officer uploaded.</summary>
    private async Task<string> RectificationPhotoAsync()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;
        await flow.AdvanceAsync("township-officer", id, "accept", "dispatch");
        var photo = await flow.UploadPhotoAsync("township-officer");
        await flow.AdvanceAsync("township-officer", id, "rectify", "submitted", new { description = "已覆盖防尘网 / covered", photos = new[] { photo } });
        return photo;
    }
}
