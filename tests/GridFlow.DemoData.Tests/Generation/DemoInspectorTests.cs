using GridFlow.Contracts.Regions;
using GridFlow.DemoData.Generation;

namespace GridFlow.DemoData.Tests.Generation;

public class DemoInspectorTests
{
    private static readonly List<DemoGrid> Grids = GeneratedCity.Liaocheng.Grids.ToList();

    [Fact]
    public void Names_AreChineseAndUniqueInTheCity()
    {
        Assert.All(Grids, g => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,3}$", g.Inspector.Name));
        Assert.Equal(Grids.Count, Grids.Select(g => g.Inspector.Name).Distinct().Count());
    }

    [Fact]
    public void Names_UseVariedSurnames() =>
        Assert.True(Grids.Select(g => g.Inspector.Name[0]).Distinct().Count() > 40);

    [Fact]
    public void Phones_AreUniqueElevenDigitMobileNumbers()
    {
        Assert.All(Grids, g => Assert.Matches(@"^1[3-9]\d{9}$", g.Inspector.Phone));
        Assert.Equal(Grids.Count, Grids.Select(g => g.Inspector.Phone).Distinct().Count());
    }

    [Fact]
    public void Emails_NameTheGrid() =>
        Assert.All(Grids, g => Assert.Equal($"inspector.{g.Code.ToLowerInvariant()}@demo.gridflow.local", g.Inspector.Email));

    [Fact]
    public void Status_IsMostlyActive_WithAFewOnProbation()
    {
        var probation = Grids.Count(g => g.Inspector.Status == InspectorStatus.Probation);
        Assert.InRange(probation, 10, Grids.Count / 10);
        Assert.Equal(Grids.Count - probation, Grids.Count(g => g.Inspector.Status == InspectorStatus.Active));
    }

    [Fact]
    public void HireDates_FallIn2019To2025()
    {
        Assert.All(Grids, g => Assert.InRange(g.Inspector.HireDate, new DateOnly(2019, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.Equal(7, Grids.Select(g => g.Inspector.HireDate.Year).Distinct().Count());
    }
}
