using System.Globalization;

namespace GridFlow.Benchmarks.Measurement;

/// <summary>
/// CPU time from Linux's /proc, in clock ticks (USER_HZ, 100 on every mainstream kernel). Everything returns
/// null or nothing where /proc is missing or a process vanished, so a measurement aid never fails a run.
/// </summary>
public static class ProcFs
{
    public const double TicksPerSecond = 100;

    /// <summary>Busy ticks of the whole machine (all cores): everything but idle and iowait.</summary>
    public static long? MachineBusyTicks()
    {
        var line = TryRead("/proc/stat")?.Split('\n')[0];
        if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Parse).ToArray();
        return fields.Sum() - fields[3] - fields[4];
    }

    /// <summary>utime + stime of one process, plus those of its reaped children when <paramref name="withChildren"/>.</summary>
    public static long? ProcessTicks(int pid, bool withChildren)
    {
        var fields = StatFields(pid);
        return fields is null ? null : fields[11] + fields[12] + (withChildren ? fields[13] + fields[14] : 0);
    }

    /// <summary>The pids whose parent is <paramref name="parent"/> (PostgreSQL backends are children of the postmaster).</summary>
    public static IEnumerable<int> ChildrenOf(int parent)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateDirectories("/proc").ToList();
        }
        catch (IOException)
        {
            yield break;
        }

        foreach (var entry in entries)
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && StatFields(pid) is { } fields && fields[1] == parent)
            {
                yield return pid;
            }
        }
    }

    /// <summary>
    /// The fields of /proc/pid/stat after the command name (which may hold spaces), so index 0 is field 3 (state):
    /// 1 ppid, 11 utime, 12 stime, 13 cutime, 14 cstime. The state letter is read as 0.
    /// </summary>
    private static long[]? StatFields(int pid)
    {
        var text = TryRead($"/proc/{pid}/stat");
        var end = text?.LastIndexOf(')') ?? -1;
        if (text is null || end < 0)
        {
            return null;
        }

        var fields = text[(end + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 14 ? fields.Select(Parse).ToArray() : null;
    }

    private static long Parse(string field) =>
        long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
