using GridFlow.Contracts.Regions;
using Microsoft.EntityFrameworkCore;

namespace GridFlow.Server.Tests.Assessments.Trainings;

/// <summary>
/// The demo host with what training tests need beside the demo facts: the city, a second inspector of the demo county
/// (one who may be absent), and an account for an inspector of another county.
/// </summary>
public sealed class TrainingFixture : DemoAppFixture
{
    public DemoFacts Facts { get; private set; } = null!;

    public Guid CityId { get; private set; }

    /// <summary>An inspector of the demo county who is not the demo inspector.</summary>
    public Guid OtherInspectorSameCountyId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Facts = await DemoFacts.LoadAsync(App);
        await TestAccounts.OtherCountyInspectorAsync(App.Services);
        await using var db = TestDatabases.OpenContext(App.ConnectionString);
        CityId = await db.Regions.Where(r => r.Level == RegionLevel.City).Select(r => r.Id).SingleAsync();
        var countyPath = await db.Regions.Where(r => r.Id == Facts.DemoCountyId).Select(r => r.Path).SingleAsync();
        OtherInspectorSameCountyId = await db.Inspectors.Where(i => i.Region!.Path.StartsWith(countyPath) && i.Id != Facts.InspectorId)
            .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    /// <summary>A training recorded by <paramref name="by"/>; asserts 201 and returns its id.</summary>
    public async Task<string> TrainingAsync(string by, Guid regionId, string kind = "training", DateTimeOffset? heldAt = null, string title = "大气污染防治法学习")
    {
        var client = await App.ClientForAsync(by);
        var response = await client.PostAsJsonAsync("/api/trainings", new
        {
            title, kind, heldAt = heldAt ?? DateTimeOffset.UtcNow.AddDays(-1), hours = 2.5, regionId, trainer = "执法大队 张队长",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
