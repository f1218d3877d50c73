using System.Globalization;

namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// The 1-minute load average (Linux), printed beside the figures: on a small shared machine a
/// concurrent build can halve them, and the load is how a reader can tell.
/// </summary>
public static class MachineLoad
{
    public static string Describe()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
                ? FormattableString.Invariant($"load average {load:F2} on {Environment.ProcessorCount} cores")
                : "load average unknown";
        }
        catch (IOException)
        {
            return "load average unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "load average unknown";
        }
    }
}
