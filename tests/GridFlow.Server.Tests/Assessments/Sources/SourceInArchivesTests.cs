using GridFlow.Server.Tests.Assessments.Patrols;

namespace GridFlow.Server.Tests.Assessments.Sources;

/// <summary>The pollution-source archive is the first of an inspector's three archives (一员三档).</summary>
[Collection(PatrolsCollection.Name)]
public sealed class SourceInArchivesTests(PatrolFixture fixture)
{
    [Fact]
    public async Task AnInspectorsArchives_ListTheSourcesOfTheirGrids()
    {
        var inspector = await fixture.App.ClientForAsync("inspector");
        var county = await fixture.App.ClientForAsync("county-supervisor");
        var source = await Sources.CreateAsync(inspector, fixture.GridId, 20.03, 115.03);

        var own = await inspector.GetFromJsonAsync<JsonElement>($"/api/inspectors/{fixture.Facts.InspectorId}/archives");
        var seenFromAbove = await county.GetFromJsonAsync<JsonElement>($"/api/inspectors/{fixture.Facts.InspectorId}/archives");

        foreach (var archives in new[] { own, seenFromAbove })
        {
            var listed = archives.GetProperty("pollutionSources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == source.GetProperty("id").GetString());
            Assert.Equal(fixture.GridId.ToString(), listed.GetProperty("gridId").GetString());
        }
    }
}
