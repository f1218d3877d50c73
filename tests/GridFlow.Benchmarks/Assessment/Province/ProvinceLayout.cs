using System.Globalization;

namespace GridFlow.Benchmarks.Assessment.Province;

/// <summary>
/// A synthetic province: cities side by side, each of 5 counties × 10 townships, each township a block of square grids
/// of about 450 m, one inspector per grid. Grid g's place, codes and region indexes are arithmetic on g, so the
/// loaders and the phases agree without passing tables around. Codes start with 98 (no real province has it), so they
/// can never meet the demo city's (3715).
/// </summary>
public sealed class ProvinceLayout
{
    public const int CountiesPerCity = 5;
    public const int TownshipsPerCounty = 10;
    public const int TownshipsPerCity = CountiesPerCity * TownshipsPerCounty;

    /// <summary>About 450 m × 445 m near 35° N: room for a 1 km patrol inside, as a rural grid has.</summary>
    public const double CellLon = 0.005;
    public const double CellLat = 0.004;

    private const double OriginLon = 114.0;
    private const double OriginLat = 34.0;
    private const int CitiesPerRow = 5;
    private const double CityGap = 0.02;

    public ProvinceLayout(int cities, int inspectorsPerCity)
    {
        Cities = cities;
        GridsPerTownship = inspectorsPerCity / TownshipsPerCity;
        BlockWidth = (int)Math.Ceiling(Math.Sqrt(GridsPerTownship));
        BlockHeight = (GridsPerTownship + BlockWidth - 1) / BlockWidth;
        GridsPerCity = inspectorsPerCity;
    }

    public int Cities { get; }

    public int GridsPerTownship { get; }

    public int GridsPerCity { get; }

    public int BlockWidth { get; }

    public int BlockHeight { get; }

    public int Grids => Cities * GridsPerCity;

    public int Counties => Cities * CountiesPerCity;

    public int Townships => Cities * TownshipsPerCity;

    public int CityOfGrid(int grid) => grid / GridsPerCity;

    public int TownshipOfGrid(int grid) => grid / GridsPerTownship;

    public int CountyOfGrid(int grid) => TownshipOfGrid(grid) / TownshipsPerCounty;

    public static int CountyOfTownship(int township) => township / TownshipsPerCounty;

    public static int CityOfCounty(int county) => county / CountiesPerCity;

    public static string CityCode(int city) => string.Create(CultureInfo.InvariantCulture, $"98{city + 1:D2}");

    public static string CountyCode(int county) =>
        string.Create(CultureInfo.InvariantCulture, $"{CityCode(CityOfCounty(county))}{(county % CountiesPerCity) + 1:D2}");

    public static string TownshipCode(int township) =>
        string.Create(CultureInfo.InvariantCulture, $"{CountyCode(CountyOfTownship(township))}{(township % TownshipsPerCounty) + 1:D3}");

    public string GridCode(int grid) =>
        string.Create(CultureInfo.InvariantCulture, $"{TownshipCode(TownshipOfGrid(grid))}-G{(grid % GridsPerTownship) + 1:D2}");

    public static string CityPath(int city) => $"/{CityCode(city)}/";

    public static string CountyPath(int county) => $"{CityPath(CityOfCounty(county))}{CountyCode(county)}/";

    public static string TownshipPath(int township) => $"{CountyPath(CountyOfTownship(township))}{TownshipCode(township)}/";

    /// <summary>South-west corner of a grid's cell: cities in rows of five, counties as rows of township blocks.</summary>
    public (double Lon, double Lat) CellOrigin(int grid)
    {
        var city = CityOfGrid(grid);
        var townshipInCity = TownshipOfGrid(grid) % TownshipsPerCity;
        var local = grid % GridsPerTownship;
        var column = ((townshipInCity % TownshipsPerCounty) * BlockWidth) + (local % BlockWidth);
        var row = ((townshipInCity / TownshipsPerCounty) * BlockHeight) + (local / BlockWidth);
        var cityLon = OriginLon + ((city % CitiesPerRow) * ((TownshipsPerCounty * BlockWidth * CellLon) + CityGap));
        var cityLat = OriginLat + ((city / CitiesPerRow) * ((CountiesPerCity * BlockHeight * CellLat) + CityGap));
        return (cityLon + (column * CellLon), cityLat + (row * CellLat));
    }
}
