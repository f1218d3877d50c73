namespace GridFlow.Assessments.Trainings;

/// <summary>
/// A region's line: the paths of the regions containing it, itself included (<c>/3715/</c>, <c>/3715/371502/</c> for
/// <c>/3715/371502/</c>). A training for any of them is one its inspectors attend.
/// </summary>
public static class RegionLine
{
    public static List<string> PathsAbove(string path)
    {
        var paths = new List<string>();
        for (var end = path.IndexOf('/', 1); end > 0; end = path.IndexOf('/', end + 1))
        {
            paths.Add(path[..(end + 1)]);
        }

        return paths;
    }
}
