using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Assessments.CrossChecks;

/// <summary>
/// A host with a clock the tests move (overdue is "open past dueAt"), on its own demo database, with the demo facts and
/// an account for an inspector of another county: an inspector not responsible for the demo grid, so a valid checker.
/// </summary>
public sealed class CrossCheckFixture : IAsyncLifetime
{
    private ClockedHost? host;

    public ClockedHost Host => host ?? throw new InvalidOperationException("The fixture is not initialised.");

    public DemoFacts Facts { get; private set; } = null!;

    public Lifecycle Flow => new(Host);

    public TestSql Sql => new(Host.ConnectionString);

    /// <summary>The user id of <see cref="TestAccounts.OtherCountyInspector"/>.</summary>
    public string CheckerUserId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        host = ClockedHost.StartNew(await TestDatabases.CreateDemoAsync());
        Facts = await DemoFacts.LoadAsync(Host.ConnectionString);
        await TestAccounts.OtherCountyInspectorAsync(Host.Services);
        CheckerUserId = await UserIdAsync(TestAccounts.OtherCountyInspector);
    }

    public async Task<string> UserIdAsync(string userName)
    {
        await using var db = TestDatabases.OpenContext(Host.ConnectionString);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A cross-check ordered by <paramref name="by"/>; asserts 201 and returns its body.</summary>
    public async Task<JsonElement> OrderAsync(Guid gridId, string checkerUserId, DateTimeOffset dueAt, string by = "county-supervisor")
    {
        var response = await (await Host.ClientForAsync(by)).PostAsJsonAsync("/api/cross-checks", new { gridId, checkerUserId, dueAt });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/cross-checks/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return body;
    }

    /// <summary>Reports an issue at <paramref name="at"/> as the checker, for the cross-check.</summary>
    public async Task<HttpResponseMessage> ReportAsync(string crossCheckId, (double Lat, double Lon) at, string reporter = TestAccounts.OtherCountyInspector, string? source = null) =>
        await (await Host.ClientForAsync(reporter)).PostAsJsonAsync("/api/issues", new
        {
            category = "dust", description = "交叉检查发现：渣土未覆盖 / found in a cross-check: uncovered spoil", lat = at.Lat, lon = at.Lon, source, crossCheckId,
        });

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
