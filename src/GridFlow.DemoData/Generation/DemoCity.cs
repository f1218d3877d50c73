namespace GridFlow.DemoData.Generation;

/// <summary>The whole demo city: real divisions, synthetic geometry, generated inspectors.</summary>
/// <param name="Code">Official code, 3715.</param>
/// <param name="Name">Official name, 聊城市.</param>
/// <param name="Extent">Convex hull of the counties' extents.</param>
/// <param name="Counties">Its county-level units in code order.</param>
public sealed record DemoCity(string Code, string Name, Polygon Extent, IReadOnlyList<DemoCounty> Counties)
{
    public IEnumerable<DemoTownship> Townships => Counties.SelectMany(c => c.Townships);

    public IEnumerable<DemoGrid> Grids => Townships.SelectMany(t => t.Grids);
}
