using System.Globalization;

namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>The <c>--name value</c> options after the benchmark name; each benchmark reads the ones it knows.</summary>
public sealed class BenchmarkArgs
{
    private readonly Dictionary<string, string> values;

    private BenchmarkArgs(Dictionary<string, string> values) => this.values = values;

    public static BenchmarkArgs Parse(ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length == 2)
            {
                throw new BenchmarkUsageException($"expected an option like --grids, got '{args[i]}'");
            }

            if (i + 1 >= args.Length)
            {
                throw new BenchmarkUsageException($"option {args[i]} needs a value");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new BenchmarkArgs(values);
    }

    /// <summary>A positive integer option; <paramref name="fallback"/> when absent.</summary>
    public int GetPositiveInt(string name, int fallback)
    {
        if (!values.Remove(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new BenchmarkUsageException($"--{name} must be a positive integer, got '{text}'");
    }

    /// <summary>An option that must be one of <paramref name="allowed"/>; <paramref name="fallback"/> when absent.</summary>
    public string GetChoice(string name, string fallback, params string[] allowed)
    {
        if (!values.Remove(name, out var text))
        {
            return fallback;
        }

        return allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new BenchmarkUsageException($"--{name} must be one of {string.Join(", ", allowed)}, got '{text}'");
    }

    /// <summary>Fails on options nobody read, so a typo does not silently run the defaults.</summary>
    public void EnsureAllUsed()
    {
        if (values.Count > 0)
        {
            throw new BenchmarkUsageException($"unknown option(s): {string.Join(", ", values.Keys.Select(k => "--" + k))}");
        }
    }
}
