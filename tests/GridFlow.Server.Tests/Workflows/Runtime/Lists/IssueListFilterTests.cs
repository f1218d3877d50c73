using System.Globalization;

namespace GridFlow.Server.Tests.Workflows.Runtime.Lists;

/// <summary>
/// <c>GET /api/issues</c>'s filters beyond region and status (category, source, the discovered date range), its sort
/// and its 400s: what the console's issue list relies on.
/// </summary>
public sealed class IssueListFilterTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private readonly Lifecycle flow = new(fixture.App);

    [Fact]
    public async Task CategorySourceAndDates_NarrowTheList_ToTheIssuesThatMatch()
    {
        var supervisor = await flow.As("county-supervisor");
        var at = await flow.InspectorGridCentreAsync();
        // Found at 23:30 on 14 November in China: the 14th there, the 14th in UTC too; 00:30 on the 16th is the 15th in UTC.
        var late = await ReportAsync(supervisor, at, "2026-11-14T23:30:00+08:00");
        var early = await ReportAsync(supervisor, at, "2026-11-16T00:30:00+08:00");

        var both = await ListAsync(supervisor, "category=dust&source=supervisor&from=2026-11-14&to=2026-11-16");
        Assert.Contains(late, both);
        Assert.Contains(early, both);
        var fourteenth = await ListAsync(supervisor, "source=supervisor&from=2026-11-14&to=2026-11-14");
        Assert.Contains(late, fourteenth);
        Assert.DoesNotContain(early, fourteenth);
        var fromFifteenth = await ListAsync(supervisor, "source=supervisor&from=2026-11-15");
        Assert.DoesNotContain(late, fromFifteenth);
        Assert.Contains(early, fromFifteenth);
        Assert.DoesNotContain(late, await ListAsync(supervisor, "source=patrol&from=2026-11-14&to=2026-11-16"));
        Assert.DoesNotContain(late, await ListAsync(supervisor, "category=open-burning&from=2026-11-14&to=2026-11-16"));

        var page = await supervisor.GetFromJsonAsync<JsonElement>("/api/issues?category=dust&source=supervisor&pageSize=500");
        Assert.All(page.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("dust", i.GetProperty("category").GetString());
            Assert.Equal("supervisor", i.GetProperty("source").GetString());
        });
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == late);
        Assert.Equal(DateTimeOffset.Parse("2026-11-14T23:30:00+08:00", CultureInfo.InvariantCulture), item.GetProperty("discoveredAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("code", false)]
    [InlineData("code", true)]
    [InlineData("discoveredAt", true)]
    [InlineData("reportedAt", false)]
    public async Task Sort_OrdersTheWholeList_AndPagesTileIt(string sort, bool desc)
    {
        var admin = await flow.As("admin");
        while ((await admin.GetFromJsonAsync<JsonElement>("/api/issues?pageSize=1")).GetProperty("total").GetInt32() < 7)
        {
            await flow.ReportAsync();
        }

        var url = $"/api/issues?sort={sort}&desc={desc.ToString().ToLowerInvariant()}&pageSize=3";
        var first = await admin.GetFromJsonAsync<JsonElement>(url + "&page=1");
        var second = await admin.GetFromJsonAsync<JsonElement>(url + "&page=2");
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(6, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        var keys = items.Select(i => sort == "code" ? i.GetProperty("code").GetString()! : i.GetProperty(sort).GetDateTimeOffset().UtcTicks.ToString("D20", CultureInfo.InvariantCulture)).ToList();
        var expected = desc ? keys.OrderDescending(StringComparer.Ordinal).ToList() : keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, keys);
    }

    [Theory]
    [InlineData("status=maybe", "status")]
    [InlineData("source=radio", "source")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=14.11.2026", "to")]
    [InlineData("from=2026-11-15&to=2026-11-14", "to")]
    [InlineData("sort=description", "sort")]
    [InlineData("category=", "category")]
    public async Task BadValues_Are400_NamingTheParameter(string query, string field)
    {
        var response = await (await flow.As("county-supervisor")).GetAsync($"/api/issues?{query}");

        await ProblemAssert.HasFieldErrorAsync(response, field);
    }

    [Fact]
    public async Task Detail_ListsItsPhotos()
    {
        var id = (await flow.ReportAsync()).GetProperty("id").GetString()!;

        var detail = await (await flow.As("township-officer")).GetFromJsonAsync<JsonElement>($"/api/issues/{id}");

        Assert.Equal(JsonValueKind.Array, detail.GetProperty("photos").ValueKind);
    }

    private static async Task<string> ReportAsync(HttpClient client, (double Lat, double Lon) at, string discoveredAt)
    {
        var response = await client.PostAsJsonAsync("/api/issues", new { category = "dust", description = "筛选 / filters", lat = at.Lat, lon = at.Lon, discoveredAt, source = "supervisor" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/issues?{query}&pageSize=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
