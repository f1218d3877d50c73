using GridFlow.DemoData.Generation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace GridFlow.DemoData.Tests.Generation;

/// <summary>The synthetic geometry is usable for point-in-polygon: valid, nested and without overlaps.</summary>
public class DemoCityGeometryTests
{
    private static readonly DemoCity City = GeneratedCity.Liaocheng;

    [Fact]
    public void Grids_NeverOverlapAnywhereInTheCity()
    {
        var grids = City.Grids.ToList();
        var index = new STRtree<DemoGrid>();
        grids.ForEach(g => index.Insert(g.Boundary.EnvelopeInternal, g));
        index.Build();

        // Touching edges and corners are allowed; sharing any interior point is not.
        var overlaps = grids
            .SelectMany(g => index.Query(g.Boundary.EnvelopeInternal)
                .Where(other => string.CompareOrdinal(g.Code, other.Code) < 0)
                .Where(other => g.Boundary.Relate(other.Boundary).Get(Location.Interior, Location.Interior) != Dimension.False)
                .Select(other => $"{g.Code} overlaps {other.Code}"))
            .ToList();
        Assert.Empty(overlaps);
    }

    [Fact]
    public void Counties_AreApartFromEachOther()
    {
        var pairs = City.Counties.SelectMany(a => City.Counties.Where(b => string.CompareOrdinal(a.Code, b.Code) < 0).Select(b => (a, b)));
        Assert.All(pairs, p => Assert.False(p.a.Extent.Intersects(p.b.Extent), $"{p.a.Name} meets {p.b.Name}"));
    }

    [Fact]
    public void Townships_OfACounty_NeverOverlap()
    {
        Assert.All(City.Counties, county =>
        {
            var pairs = county.Townships.SelectMany(a => county.Townships.Where(b => string.CompareOrdinal(a.Code, b.Code) < 0).Select(b => (a, b)));
            Assert.All(pairs, p => Assert.False(p.a.Extent.Overlaps(p.b.Extent) || p.a.Extent.Within(p.b.Extent), $"{p.a.Code} overlaps {p.b.Code}"));
        });
    }

    [Fact]
    public void Grids_LieInsideTheirTownship_AndTileIt()
    {
        Assert.All(City.Townships, t =>
        {
            Assert.All(t.Grids, g => Assert.True(t.Extent.Covers(g.Boundary), $"{g.Code} leaves {t.Name}"));
            Assert.Equal(t.Extent.Area, t.Grids.Sum(g => g.Boundary.Area), 1e-9);
        });
    }

    [Fact]
    public void Townships_LieInsideTheirCounty_NearItsSeat()
    {
        Assert.All(City.Counties, c => Assert.All(c.Townships, t =>
        {
            Assert.True(c.Extent.Covers(t.Extent), $"{t.Name} leaves {c.Name}");
            var seat = new Point(c.Seat.Lon, c.Seat.Lat);
            Assert.True(t.Extent.Centroid.Distance(seat) < 0.25, $"{t.Name} is far from the seat of {c.Name}");
        }));
    }

    [Fact]
    public void Counties_AreCentredOnTheirSeat()
    {
        Assert.All(City.Counties, c =>
        {
            Assert.Equal(c.Seat.Lon, c.Extent.Centroid.X, 1e-5);
            Assert.Equal(c.Seat.Lat, c.Extent.Centroid.Y, 1e-5);
        });
    }

    [Fact]
    public void City_CoversEveryCounty() => Assert.All(City.Counties, c => Assert.True(City.Extent.Covers(c.Extent), c.Name));

    [Fact]
    public void Polygons_AreValidClosedCounterClockwiseWgs84()
    {
        var polygons = City.Counties.Select(c => c.Extent)
            .Concat(City.Townships.Select(t => t.Extent))
            .Concat(City.Grids.Select(g => g.Boundary))
            .Append(City.Extent);
        Assert.All(polygons, p =>
        {
            Assert.True(p.IsValid, p.AsText());
            Assert.True(p.Shell.IsClosed, p.AsText());
            Assert.True(p.Shell.IsCCW, p.AsText());
            Assert.Equal(0, p.NumInteriorRings);
            Assert.Equal(4326, p.SRID);
            Assert.True(p.Area > 0, p.AsText());
        });
    }
}
