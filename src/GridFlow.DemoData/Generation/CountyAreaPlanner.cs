namespace GridFlow.DemoData.Generation;

/// <summary>
/// Gives every county a rectangle centred on its seat, as large as its neighbours allow. Seats can be
/// as close as 0.12° (莘县 and 阳谷县), so sizes are grown together in small steps and a step is kept
/// only if the county still stays clear of every other one, with a gap between them.
/// </summary>
internal static class CountyAreaPlanner
{
    private const double InitialHalfSize = 0.02;
    private const double Step = 0.002;
    private const double MaxHalfSize = 0.16;

    /// <summary>Keeps areas from turning into strips when one axis is blocked by a neighbour.</summary>
    private const double MaxAspect = 1.6;

    /// <summary>Share of the distance between two seats that their two areas may take; the rest is a gap.</summary>
    private const double Fill = 0.9;

    /// <summary>Returns one envelope (lon/lat) per county, in the order given.</summary>
    public static IReadOnlyList<Envelope> Plan(IReadOnlyList<CountyDivision> counties)
    {
        // Half-sizes in latitude degrees; x is longitude scaled to the same length.
        var halfX = Enumerable.Repeat(InitialHalfSize, counties.Count).ToArray();
        var halfY = Enumerable.Repeat(InitialHalfSize, counties.Count).ToArray();
        for (var grown = true; grown;)
        {
            grown = false;
            for (var i = 0; i < counties.Count; i++)
            {
                grown |= TryGrow(halfX, i, counties, halfX, halfY);
                grown |= TryGrow(halfY, i, counties, halfX, halfY);
            }
        }

        return counties.Select((c, i) => new Envelope(
            Geo.Snap(c.Seat.Lon - (halfX[i] / Geo.LonScale)), Geo.Snap(c.Seat.Lon + (halfX[i] / Geo.LonScale)),
            Geo.Snap(c.Seat.Lat - halfY[i]), Geo.Snap(c.Seat.Lat + halfY[i]))).ToList();
    }

    private static bool TryGrow(double[] half, int i, IReadOnlyList<CountyDivision> counties, double[] halfX, double[] halfY)
    {
        if (half[i] + Step > MaxHalfSize)
        {
            return false;
        }

        half[i] += Step;
        if (Math.Max(halfX[i], halfY[i]) <= MaxAspect * Math.Min(halfX[i], halfY[i]) && IsClear(i, counties, halfX, halfY))
        {
            return true;
        }

        half[i] -= Step;
        return false;
    }

    /// <summary>Two rectangles are apart when they are apart along either axis.</summary>
    private static bool IsClear(int i, IReadOnlyList<CountyDivision> counties, double[] halfX, double[] halfY)
    {
        for (var j = 0; j < counties.Count; j++)
        {
            if (j == i)
            {
                continue;
            }

            var dx = Math.Abs(counties[i].Seat.Lon - counties[j].Seat.Lon) * Geo.LonScale;
            var dy = Math.Abs(counties[i].Seat.Lat - counties[j].Seat.Lat);
            if (halfX[i] + halfX[j] > Fill * dx && halfY[i] + halfY[j] > Fill * dy)
            {
                return false;
            }
        }

        return true;
    }
}
