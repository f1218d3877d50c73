namespace GridFlow.Server.Tests.Assessments.Patrols;

/// <summary>
/// The demo host with a test grid of its own for the demo inspector: a rectangle of 0.05° × 0.05° (about 5 km × 5.5 km)
/// from (115.00, 20.00), far from the demo city, so tracks of known length can be drawn inside it and across its edge.
/// </summary>
public sealed class PatrolFixture : DemoAppFixture
{
    public const double MinLon = 115.0, MinLat = 20.0, MaxLon = 115.05, MaxLat = 20.05;

    public DemoFacts Facts { get; private set; } = null!;

    public Guid GridId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Facts = await DemoFacts.LoadAsync(App);
        var township = await TestTownship.CreateAsync(App, "999000021");
        var admin = await App.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/grids", new
        {
            code = "PATROL-1", name = "巡查测试网格", regionId = township, boundary = Polygons.Rectangle(MinLon, MinLat, MaxLon, MaxLat), inspectorId = Facts.InspectorId,
        });
        created.EnsureSuccessStatusCode();
        GridId = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }
}
