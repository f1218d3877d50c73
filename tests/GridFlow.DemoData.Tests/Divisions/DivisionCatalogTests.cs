using GridFlow.DemoData.Divisions;

namespace GridFlow.DemoData.Tests.Divisions;

/// <summary>The data file holds what china-division 2.7.0 lists for 聊城市 (3715).</summary>
public class DivisionCatalogTests
{
    private static readonly CityDivision City = DivisionCatalog.LiaochengCity;

    [Fact]
    public void LiaochengCity_IsLiaocheng()
    {
        Assert.Equal("3715", City.Code);
        Assert.Equal("聊城市", City.Name);
    }

    [Theory]
    [InlineData("371502", "东昌府区", 24)]
    [InlineData("371503", "茌平区", 14)]
    [InlineData("371521", "阳谷县", 18)]
    [InlineData("371522", "莘县", 24)]
    [InlineData("371524", "东阿县", 10)]
    [InlineData("371525", "冠县", 18)]
    [InlineData("371526", "高唐县", 12)]
    [InlineData("371581", "临清市", 16)]
    public void LiaochengCity_HasTheRealCountiesWithTheirTownshipCounts(string code, string name, int townships)
    {
        var county = Assert.Single(City.Counties, c => c.Code == code);
        Assert.Equal(name, county.Name);
        Assert.Equal(townships, county.Townships.Count);
    }

    [Fact]
    public void LiaochengCity_Has8CountiesAnd136Townships()
    {
        Assert.Equal(8, City.Counties.Count);
        Assert.Equal(136, City.Counties.Sum(c => c.Townships.Count));
    }

    [Theory]
    [InlineData("371502001", "古楼街道")]
    [InlineData("371502011", "李海务街道")]
    [InlineData("371502116", "广平镇")]
    [InlineData("371502400", "香江光彩大市场服务中心")]
    public void Dongchangfu_HasItsTownships(string code, string name)
    {
        var county = City.Counties.Single(c => c.Code == "371502");
        Assert.Contains(new TownshipDivision(code, name), county.Townships);
    }

    [Theory]
    [InlineData("371503208", "杨官屯乡")]
    [InlineData("371521112", "张秋镇")]
    [InlineData("371524108", "鱼山镇")]
    [InlineData("371581001", "青年路街道")]
    public void OtherCounties_HaveTheirTownships(string code, string name) =>
        Assert.Contains(new TownshipDivision(code, name), City.Counties.SelectMany(c => c.Townships));

    [Fact]
    public void Codes_AreNestedAndInCodeOrder()
    {
        Assert.All(City.Counties, c => Assert.Matches(@"^3715\d{2}$", c.Code));
        Assert.All(City.Counties, c => Assert.All(c.Townships, t => Assert.Matches($@"^{c.Code}\d{{3}}$", t.Code)));
        Assert.Equal(City.Counties.Select(c => c.Code).Order(StringComparer.Ordinal), City.Counties.Select(c => c.Code));
        Assert.All(City.Counties, c => Assert.Equal(c.Townships.Select(t => t.Code).Order(StringComparer.Ordinal), c.Townships.Select(t => t.Code)));
    }

    [Fact]
    public void Seats_LieInLiaocheng()
    {
        Assert.All(City.Counties, c => Assert.InRange(c.Seat.Lat, 36.0, 37.0));
        Assert.All(City.Counties, c => Assert.InRange(c.Seat.Lon, 115.3, 116.4));
        Assert.Equal(new GeoPoint(36.45, 115.98), City.Counties.Single(c => c.Name == "东昌府区").Seat);
    }
}
