using Npgsql;

namespace GridFlow.Server.Tests.Assessments.Runs;

/// <summary>
/// The demo host with a test grid for the demo inspector in a township of its own (0.06° × 0.05° from (116.00, 21.00),
/// far from the demo city), an officer account for that township (who accepts or rejects what is reported there), and
/// helpers to report, run and read scorecards.
/// </summary>
public sealed class RunsFixture : DemoAppFixture
{
    public const double MinLon = 116.0, MinLat = 21.0, MaxLon = 116.06, MaxLat = 21.05;
    public const string Officer = "runs-officer";
    public static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DemoFacts Facts { get; private set; } = null!;

    public Guid GridId { get; private set; }

    public Guid TownshipId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Facts = await DemoFacts.LoadAsync(App);
        TownshipId = await TestTownship.CreateAsync(App, "999000031");
        var admin = await App.ClientForAsync("admin");
        var grid = await admin.PostAsJsonAsync("/api/grids", new
        {
            code = "RUNS-1", name = "考核测试网格", regionId = TownshipId, boundary = Polygons.Rectangle(MinLon, MinLat, MaxLon, MaxLat), inspectorId = Facts.InspectorId,
        });
        grid.EnsureSuccessStatusCode();
        GridId = Guid.Parse((await grid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        var officer = await admin.PostAsJsonAsync("/api/users", new
        {
            userName = Officer, displayName = "考核测试镇干部", password = "GridFlow!2026", roles = new[] { "township-officer" }, regionId = TownshipId,
        });
        officer.EnsureSuccessStatusCode();
    }

    /// <summary>Today in China time.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China).DateTime);

    /// <summary>The point <paramref name="meters"/> (geodesic, PostGIS) north of (<paramref name="lon"/>, <paramref name="lat"/>).</summary>
    public async Task<(double Lon, double Lat)> NorthOfAsync(double lon, double lat, double meters)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_Project(ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3, 0)::geometry AS p) q", connection);
        command.Parameters.AddWithValue(lon);
        command.Parameters.AddWithValue(lat);
        command.Parameters.AddWithValue(meters);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    public static async Task<string> ReportAsync(HttpClient client, string category, double lon, double lat, DateTimeOffset? discoveredAt = null, string? source = null)
    {
        var response = await client.PostAsJsonAsync("/api/issues", new { category, description = "考核测试问题", lat, lon, discoveredAt, source });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Starts a run and waits for it to end; the run as <c>GET</c> shows it then.</summary>
    public static async Task<JsonElement> RunAsync(HttpClient client, DateOnly from, DateOnly to, object? extra = null, string schemeId = "inspector-monthly")
    {
        var body = new Dictionary<string, object?> { ["schemeId"] = schemeId, ["from"] = from.ToString("yyyy-MM-dd"), ["to"] = to.ToString("yyyy-MM-dd") };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }

        var started = await client.PostAsJsonAsync("/api/assessment-runs", body);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return await WaitAsync(client, id!);
    }

    public static async Task<JsonElement> WaitAsync(HttpClient client, string runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{runId}");
            var status = run.GetProperty("status").GetString();
            if (status is "done" or "failed" || DateTime.UtcNow > deadline)
            {
                Assert.Equal("done", status);
                return run;
            }

            await Task.Delay(200);
        }
    }

    public static Task<JsonElement> ScorecardAsync(HttpClient client, JsonElement run, Guid inspectorId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/assessment-runs/{run.GetProperty("id").GetString()}/results/{inspectorId}");

    public static JsonElement Line(JsonElement scorecard, string itemId) =>
        scorecard.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("itemId").GetString() == itemId);

    public static List<string> FactIds(JsonElement line) =>
        line.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
}
