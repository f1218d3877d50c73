using GridFlow.Server.Tests.Assessments.Runs;

namespace GridFlow.Server.Tests.Assessments.Appeals;

/// <summary>
/// The demo host settling appeals every 100 ms, with the other county's inspector's account, and helpers: a done
/// monthly run of last month for the demo township (each test its own, so appeals of one line never meet), the demo
/// inspector's lines that cost points, filing, the supervisor's task and waiting for the settling.
/// </summary>
public sealed class AppealsFixture : DemoAppFixture
{
    public DemoFacts Facts { get; private set; } = null!;

    public TestSql Sql => new(App.ConnectionString);

    protected override Dictionary<string, string?> Settings => new() { ["Assessments:AppealSettleMilliseconds"] = "100" };

    public static DateOnly LastMonthFrom => new DateOnly(RunsFixture.Today.Year, RunsFixture.Today.Month, 1).AddMonths(-1);

    public static DateOnly LastMonthTo => LastMonthFrom.AddMonths(1).AddDays(-1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Facts = await DemoFacts.LoadAsync(App);
        await TestAccounts.OtherCountyInspectorAsync(App.Services);
    }

    /// <summary>A new done run of last month for the demo township, started by the county supervisor.</summary>
    public async Task<string> RunAsync() =>
        (await RunsFixture.RunAsync(await App.ClientForAsync("county-supervisor"), LastMonthFrom, LastMonthTo, new { regionId = Facts.DemoTownshipId })).GetProperty("id").GetString()!;

    public async Task<JsonElement> ScorecardAsync(string runId, string user = "inspector", int? revision = null) =>
        await (await App.ClientForAsync(user)).GetFromJsonAsync<JsonElement>(
            $"/api/assessment-runs/{runId}/results/{Facts.InspectorId}" + (revision is { } n ? $"?revision={n}" : ""));

    /// <summary>The demo inspector's lines in the run that cost points, costliest first.</summary>
    public async Task<List<(string ItemId, decimal Points)>> CostlyLinesAsync(string runId) =>
        (await ScorecardAsync(runId)).GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("itemId").GetString()!, l.GetProperty("points").GetDecimal())).Where(l => l.Item2 < 0).OrderBy(l => l.Item2).ToList();

    public async Task<HttpResponseMessage> FileAsync(string runId, string itemId, string reason = "当天系统故障，巡查轨迹未上传 / the app failed that day", string user = "inspector", Guid? inspectorId = null) =>
        await (await App.ClientForAsync(user)).PostAsJsonAsync($"/api/assessment-runs/{runId}/results/{inspectorId ?? Facts.InspectorId}/appeals", new { itemId, reason });

    /// <summary>Files an appeal as the demo inspector; asserts 201 and the Location, returns the body.</summary>
    public async Task<JsonElement> FiledAsync(string runId, string itemId)
    {
        var response = await FileAsync(runId, itemId);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/assessment-appeals/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return body;
    }

    /// <summary>The appeal's task as the county supervisor's inbox shows it.</summary>
    public async Task<JsonElement> InboxTaskAsync(string taskId, string user = "county-supervisor")
    {
        var inbox = await (await App.ClientForAsync(user)).GetFromJsonAsync<JsonElement>("/api/tasks?assignedTo=me&pageSize=500");
        return inbox.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetString() == taskId);
    }

    public async Task<HttpResponseMessage> DecideAsync(string taskId, string outcome, object data, string user = "county-supervisor") =>
        await (await App.ClientForAsync(user)).PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, data });

    /// <summary>The appeal once it is no longer open (the settle loop runs every 100 ms).</summary>
    public async Task<JsonElement> SettledAsync(string appealId, string user = "inspector") =>
        await SettledAsync(await App.ClientForAsync(user), appealId);

    /// <summary>The appeal once its decision is settled (no longer open), read as <paramref name="client"/>'s user; at most 30 s.</summary>
    public static async Task<JsonElement> SettledAsync(HttpClient client, string appealId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var appeal = await client.GetFromJsonAsync<JsonElement>($"/api/assessment-appeals/{appealId}");
            if (appeal.GetProperty("status").GetString() != "open" || DateTime.UtcNow > deadline)
            {
                Assert.NotEqual("open", appeal.GetProperty("status").GetString());
                return appeal;
            }

            await Task.Delay(100);
        }
    }
}
