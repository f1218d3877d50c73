namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>A wrong command line: reported with the usage text and exit code 2, not as a crash.</summary>
public sealed class BenchmarkUsageException(string message) : Exception(message);
