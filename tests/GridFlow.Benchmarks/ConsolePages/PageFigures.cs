namespace GridFlow.Benchmarks.ConsolePages;

/// <summary>Server time of one console page over N sequential GETs: percentiles (nearest rank) in milliseconds, and the HTML's size.</summary>
public sealed record PageFigures(string Page, int Requests, double P50, double P95, double P99, double Max, int Bytes)
{
    public static PageFigures Of(string page, double[] milliseconds, int bytes)
    {
        Array.Sort(milliseconds);
        return new PageFigures(page, milliseconds.Length, At(milliseconds, 0.50), At(milliseconds, 0.95), At(milliseconds, 0.99), milliseconds[^1], bytes);
    }

    public bool Met => P95 <= ConsoleOptions.PageP95TargetMs;

    private static double At(double[] sorted, double share) => sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
