namespace GridFlow.DemoData.Generation;

/// <summary>
/// Builds the demo city from the real divisions. Grid boundaries are not public, so every extent and
/// boundary here is SYNTHETIC: counties are rectangles around their real seats, townships are cells of
/// those rectangles, grids tile the townships. Everything is derived from the division codes, so the
/// same input always gives the same city.
/// </summary>
public static class DemoCityGenerator
{
    /// <summary>聊城市 as the demo knows it.</summary>
    public static DemoCity Liaocheng() => Generate(DivisionCatalog.LiaochengCity);

    public static DemoCity Generate(CityDivision city)
    {
        var areas = CountyAreaPlanner.Plan(city.Counties);
        var inspectors = new InspectorFactory();
        var counties = city.Counties
            .Select((county, i) => County(county, areas[i], inspectors))
            .ToList();
        var hull = (Polygon)Geo.Factory.CreateMultiPolygon(counties.Select(c => c.Extent).ToArray()).ConvexHull();
        // NTS returns hulls clockwise; GeoJSON (RFC 7946) wants outer rings counter-clockwise.
        return new DemoCity(city.Code, city.Name, hull.Shell.IsCCW ? hull : (Polygon)hull.Reverse(), counties);
    }

    /// <summary>
    /// Grids per township: 街道 are urban and get 8–10 smaller grids, towns and 乡 6–8; about 1,000 in all.
    /// </summary>
    internal static int GridCount(TownshipDivision township, SeededRandom random) =>
        township.Name.EndsWith("街道", StringComparison.Ordinal) ? random.Next(8, 11) : random.Next(6, 9);

    private static DemoCounty County(CountyDivision county, Envelope area, InspectorFactory inspectors)
    {
        var cells = TownshipCellLayout.Layout(area, county.Townships.Count, SeededRandom.For(county.Code));
        var townships = county.Townships
            .Select((township, i) => Township(township, cells[i], inspectors))
            .ToList();
        return new DemoCounty(county.Code, county.Name, county.Seat, Geo.Rectangle(area), townships);
    }

    private static DemoTownship Township(TownshipDivision township, Envelope cell, InspectorFactory inspectors)
    {
        var random = SeededRandom.For(township.Code);
        var boundaries = GridPartitioner.Split(cell, GridCount(township, random), random);
        var grids = boundaries
            .Select((boundary, i) =>
            {
                var code = $"{township.Code}-G{i + 1:D2}";
                return new DemoGrid(code, $"{township.Name}第{i + 1}网格", boundary, inspectors.Create(code, random));
            })
            .ToList();
        return new DemoTownship(township.Code, township.Name, Geo.Rectangle(cell), grids);
    }
}
