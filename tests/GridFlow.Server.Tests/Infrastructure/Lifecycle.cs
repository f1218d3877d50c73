using System.Net.Http.Headers;

namespace GridFlow.Server.Tests.Infrastructure;

/// <summary>Drives issues through their workflow over HTTP, as the demo accounts would, on a host or a clocked host.</summary>
public sealed class Lifecycle(Func<string, Task<HttpClient>> clients)
{
    public Lifecycle(GridFlowApp app)
        : this(app.ClientForAsync)
    {
    }

    public Lifecycle(ClockedHost host)
        : this(host.ClientForAsync)
    {
    }

    public Task<HttpClient> As(string userName) => clients(userName);

    /// <summary>The centre of the demo inspector's grid, where their reports land.</summary>
    public async Task<(double Lat, double Lon)> InspectorGridCentreAsync()
    {
        var inspector = await As("inspector");
        var me = await inspector.GetFromJsonAsync<JsonElement>("/api/me");
        return await GridCentreAsync(Guid.Parse(me.GetProperty("gridIds")[0].GetString()!));
    }

    /// <summary>The centre of a grid (read as admin, who sees every grid).</summary>
    public async Task<(double Lat, double Lon)> GridCentreAsync(Guid gridId)
    {
        var grid = await (await As("admin")).GetFromJsonAsync<JsonElement>($"/api/grids/{gridId}");
        var ring = grid.GetProperty("boundary").GetProperty("coordinates")[0].EnumerateArray().Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
        return (ring.Take(ring.Count - 1).Average(p => p.Lat), ring.Take(ring.Count - 1).Average(p => p.Lon));
    }

    /// <summary>Reports an issue at <paramref name="at"/>, by default the centre of the demo inspector's grid.</summary>
    public async Task<JsonElement> ReportAsync(string category = "dust", string reporter = "inspector", string? idempotencyKey = null, (double Lat, double Lon)? at = null)
    {
        var (lat, lon) = at ?? await InspectorGridCentreAsync();
        var client = await As(reporter);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/issues")
        {
            Content = JsonContent.Create(new { category, description = "工地扬尘未覆盖 / uncovered dust at a building site", lat, lon, source = "patrol" }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The open task of an issue for the activity: from the user's inbox, or with <paramref name="inbox"/> false from the issue as they see it.</summary>
    public async Task<JsonElement> TaskAsync(string userName, string issueId, string activityId, bool inbox = true)
    {
        var client = await As(userName);
        var tasks = inbox
            ? (await client.GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500")).GetProperty("items")
            : (await client.GetFromJsonAsync<JsonElement>($"/api/issues/{issueId}")).GetProperty("openTasks");
        return tasks.EnumerateArray()
            .Single(t => t.GetProperty("issueId").GetString() == issueId && t.GetProperty("activityId").GetString() == activityId);
    }

    public async Task<HttpResponseMessage> CompleteAsync(string userName, string taskId, string outcome, object? data = null, string? comment = null)
    {
        var client = await As(userName);
        return await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, comment, data });
    }

    /// <summary>Completes the issue's open task at the activity and returns the response body.</summary>
    public async Task<JsonElement> AdvanceAsync(string userName, string issueId, string activityId, string outcome, object? data = null)
    {
        var task = await TaskAsync(userName, issueId, activityId);
        var response = await CompleteAsync(userName, task.GetProperty("id").GetString()!, outcome, data);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{userName} {activityId}/{outcome}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> UploadPhotoAsync(string userName) => await UploadPhotoAsync(await As(userName));

    /// <summary>Uploads a PNG as the client's account; returns its attachment id.</summary>
    public static async Task<string> UploadPhotoAsync(HttpClient client)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "file", "evidence.png");
        var response = await client.PostAsync("/api/attachments", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> IssueAsync(string issueId, string userName = "admin") =>
        await (await As(userName)).GetFromJsonAsync<JsonElement>($"/api/issues/{issueId}");

    public async Task<object> RectificationAsync() => new { description = "已覆盖防尘网 / covered with dust netting", photos = new[] { await UploadPhotoAsync("township-officer") } };

    public async Task<object> VerificationAsync() => new { photos = new[] { await UploadPhotoAsync("inspector") }, note = "现场已整改 / fixed on site" };
}
