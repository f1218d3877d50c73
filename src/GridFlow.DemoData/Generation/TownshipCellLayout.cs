namespace GridFlow.DemoData.Generation;

/// <summary>
/// Cuts a county's rectangle into a near-square mesh of cells, one per township. Townships take the
/// cells nearest the seat first, so the 街道 (listed first by code, and urban in reality) sit in the
/// middle and any spare cells are left empty at the corners.
/// </summary>
internal static class TownshipCellLayout
{
    private const double Jitter = 0.2;

    public static IReadOnlyList<Envelope> Layout(Envelope county, int townships, SeededRandom random)
    {
        var (columns, rows) = Mesh(county, townships);
        var xs = Geo.Split(county.MinX, county.MaxX, columns, Jitter, random);
        var ys = Geo.Split(county.MinY, county.MaxY, rows, Jitter, random);
        var centre = county.Centre;
        return Enumerable.Range(0, rows)
            .SelectMany(row => Enumerable.Range(0, columns).Select(column => (row, column)))
            .Select(c => new Envelope(xs[c.column], xs[c.column + 1], ys[rows - 1 - c.row], ys[rows - c.row]))
            .Select((cell, index) => (cell, index, distance: ScaledDistance(cell.Centre, centre)))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.index)
            .Take(townships)
            .Select(c => c.cell)
            .ToList();
    }

    /// <summary>Columns and rows for <paramref name="count"/> cells of about square shape.</summary>
    public static (int Columns, int Rows) Mesh(Envelope area, int count)
    {
        var aspect = area.Width * Geo.LonScale / area.Height;
        var columns = Math.Clamp((int)Math.Round(Math.Sqrt(count * aspect)), 1, count);
        return (columns, (count + columns - 1) / columns);
    }

    private static double ScaledDistance(Coordinate a, Coordinate b) =>
        Math.Round(Math.Sqrt(Math.Pow((a.X - b.X) * Geo.LonScale, 2) + Math.Pow(a.Y - b.Y, 2)), 9);
}
