using System.Globalization;
using System.Net.Http.Headers;
using GridFlow.Server.Tests.Assessments.Patrols;

namespace GridFlow.Server.Tests.Assessments.Sources;

/// <summary>Helpers for the pollution-source tests on the patrol host's test grid (<see cref="PatrolFixture"/>).</summary>
public static class Sources
{
    public static async Task<JsonElement> CreateAsync(HttpClient client, Guid gridId, double lat, double lon, bool key = true, string kind = "boiler")
    {
        var response = await client.PostAsJsonAsync("/api/pollution-sources", new { gridId, name = "测试锅炉 / test boiler", kind, lat, lon, key });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/pollution-sources/{id}");

    /// <summary>Uploads a photo as the client's account; returns its attachment id.</summary>
    public static Task<string> PhotoAsync(HttpClient client) => Lifecycle.UploadPhotoAsync(client);

    /// <summary>A whole patrol walking north from (lon, lat), uploaded at once; returns its end as the server stored it.</summary>
    public static async Task<(string Id, bool Valid, DateTimeOffset EndedAt)> PatrolAsync(HttpClient inspector, Guid gridId, double lon, double lat, DateTimeOffset start, (double, double)[] legs)
    {
        var patrol = await Walk.UploadAsync(inspector, gridId, lon, lat, start, legs);
        return (patrol.GetProperty("id").GetString()!, patrol.GetProperty("valid").GetBoolean(), patrol.GetProperty("endedAt").GetDateTimeOffset());
    }

    public static DateTimeOffset? LastVisitedAt(JsonElement source) =>
        source.TryGetProperty("lastVisitedAt", out var at) ? at.GetDateTimeOffset() : null;

    public static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
