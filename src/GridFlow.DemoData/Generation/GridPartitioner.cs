namespace GridFlow.DemoData.Generation;

/// <summary>
/// Tiles a township's extent with grids: columns west to east, each cut into grids north to south.
/// The pieces share their edges exactly and together cover the extent, so grids of one township never
/// overlap, and grids of different townships never overlap because the townships don't.
/// </summary>
internal static class GridPartitioner
{
    private const double Jitter = 0.25;

    public static IReadOnlyList<Polygon> Split(Envelope extent, int count, SeededRandom random)
    {
        var (columns, _) = TownshipCellLayout.Mesh(extent, count);
        var xs = Geo.Split(extent.MinX, extent.MaxX, columns, Jitter, random);
        var grids = new List<Polygon>(count);
        for (var column = 0; column < columns; column++)
        {
            // The first columns take one grid more when the count doesn't divide evenly.
            var rows = (count / columns) + (column < count % columns ? 1 : 0);
            var ys = Geo.Split(extent.MinY, extent.MaxY, rows, Jitter, random);
            for (var row = rows - 1; row >= 0; row--)
            {
                grids.Add(Geo.Rectangle(xs[column], ys[row], xs[column + 1], ys[row + 1]));
            }
        }

        return grids;
    }
}
