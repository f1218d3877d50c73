using GridFlow.DemoData.Generation;

namespace GridFlow.DemoData.Tests.Generation;

public class DemoCityGeneratorTests
{
    private static readonly DemoCity City = GeneratedCity.Liaocheng;

    [Fact]
    public void Liaocheng_HasAllCountiesAndTownships()
    {
        Assert.Equal(8, City.Counties.Count);
        Assert.Equal(136, City.Townships.Count());
    }

    [Fact]
    public void Liaocheng_HasAboutAThousandGrids() => Assert.InRange(City.Grids.Count(), 950, 1100);

    [Fact]
    public void Townships_Have6To10Grids() =>
        Assert.All(City.Townships, t => Assert.InRange(t.Grids.Count, 6, 10));

    [Fact]
    public void Codes_AreUnique()
    {
        var codes = City.Counties.Select(c => c.Code)
            .Concat(City.Townships.Select(t => t.Code))
            .Concat(City.Grids.Select(g => g.Code))
            .ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Grids_AreNumberedWithinTheirTownship()
    {
        Assert.All(City.Townships, t => Assert.All(t.Grids.Select((g, i) => (g, i)), x =>
        {
            Assert.Equal($"{t.Code}-G{x.i + 1:D2}", x.g.Code);
            Assert.Equal($"{t.Name}第{x.i + 1}网格", x.g.Name);
        }));
    }

    [Fact]
    public void Generate_IsDeterministic()
    {
        var first = DemoCityGenerator.Liaocheng();
        var second = DemoCityGenerator.Liaocheng();
        Assert.Equal(Describe(first), Describe(second));
    }

    private static List<string> Describe(DemoCity city) =>
    [
        city.Extent.AsText(),
        .. city.Counties.Select(c => $"{c.Code} {c.Name} {c.Extent.AsText()}"),
        .. city.Townships.Select(t => $"{t.Code} {t.Name} {t.Extent.AsText()}"),
        .. city.Grids.Select(g => $"{g.Code} {g.Name} {g.Boundary.AsText()} {g.Inspector}"),
    ];
}
