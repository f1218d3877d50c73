using System.Globalization;
using NetTopologySuite.Geometries;

namespace GridFlow.Benchmarks.Locate;

/// <summary>
/// A synthetic city: 10 counties side by side in rows, each of 10 townships, each township a block of
/// square cells. Cells never overlap, so every inside point has exactly one right answer, which the
/// benchmark checks. Placed near 聊城市 so coordinates look like the real data.
/// </summary>
public sealed class GridLattice
{
    public const int Counties = 10;
    public const int TownshipsPerCounty = LocateOptions.Townships / Counties;
    public const string CityCode = "3799";

    private const double OriginLon = 115.5;
    private const double OriginLat = 36.0;

    /// <summary>About 90 m × 110 m, the size of an urban grid.</summary>
    private const double CellSize = 0.001;

    private readonly GeometryFactory geometry = new(new PrecisionModel(), 4326);
    private readonly string[] codes;

    public GridLattice(int grids)
    {
        GridCount = grids;
        GridsPerTownship = grids / LocateOptions.Townships;
        BlockWidth = (int)Math.Ceiling(Math.Sqrt(GridsPerTownship));
        BlockHeight = (GridsPerTownship + BlockWidth - 1) / BlockWidth;
        MaxLon = OriginLon + (TownshipsPerCounty * BlockWidth * CellSize);
        MaxLat = OriginLat + (Counties * BlockHeight * CellSize);
        codes = new string[grids];
        for (var g = 0; g < grids; g++)
        {
            codes[g] = string.Create(CultureInfo.InvariantCulture, $"{TownshipCode(g / GridsPerTownship)}-{(g % GridsPerTownship) + 1:D5}");
        }
    }

    public int GridCount { get; }

    public int GridsPerTownship { get; }

    /// <summary>Township block size in cells; the last row of a block may be partly empty.</summary>
    public int BlockWidth { get; }

    public int BlockHeight { get; }

    public double MaxLon { get; }

    public double MaxLat { get; }

    public static string CountyCode(int county) => string.Create(CultureInfo.InvariantCulture, $"{CityCode}{county + 1:D2}");

    public static string TownshipCode(int township) =>
        string.Create(CultureInfo.InvariantCulture, $"{CountyCode(township / TownshipsPerCounty)}{(township % TownshipsPerCounty) + 1:D3}");

    public string GridCode(int grid) => codes[grid];

    /// <summary>South-west corner of a grid's cell.</summary>
    public (double Lon, double Lat) CellOrigin(int grid)
    {
        var township = grid / GridsPerTownship;
        var local = grid % GridsPerTownship;
        var column = ((township % TownshipsPerCounty) * BlockWidth) + (local % BlockWidth);
        var row = ((township / TownshipsPerCounty) * BlockHeight) + (local / BlockWidth);
        return (OriginLon + (column * CellSize), OriginLat + (row * CellSize));
    }

    public Polygon CellPolygon(int grid)
    {
        var (lon, lat) = CellOrigin(grid);
        return geometry.CreatePolygon(
        [
            new Coordinate(lon, lat),
            new Coordinate(lon + CellSize, lat),
            new Coordinate(lon + CellSize, lat + CellSize),
            new Coordinate(lon, lat + CellSize),
            new Coordinate(lon, lat),
        ]);
    }

    /// <summary>
    /// Query points: 90% strictly inside a random cell (never on an edge, so the expected grid is
    /// unambiguous), 10% in a band east of the lattice where no grid is. Seeded: every run asks the same.
    /// </summary>
    public Probe[] CreateProbes(int count, int seed)
    {
        var random = new Random(seed);
        var probes = new Probe[count];
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.9)
            {
                var grid = random.Next(GridCount);
                var (lon, lat) = CellOrigin(grid);
                probes[i] = new Probe(
                    lon + (CellSize * (0.05 + (0.9 * random.NextDouble()))),
                    lat + (CellSize * (0.05 + (0.9 * random.NextDouble()))),
                    grid);
            }
            else
            {
                probes[i] = new Probe(
                    MaxLon + 0.01 + (0.5 * random.NextDouble()),
                    OriginLat + ((MaxLat - OriginLat) * random.NextDouble()),
                    Probe.Outside);
            }
        }

        return probes;
    }
}
