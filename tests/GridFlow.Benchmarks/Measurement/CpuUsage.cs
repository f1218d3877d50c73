namespace GridFlow.Benchmarks.Measurement;

/// <summary>Average cores busy during a phase: this process (server and clients), PostgreSQL, and the whole machine.</summary>
public sealed record CpuUsage(double BenchCores, double? PostgresCores, double? MachineCores)
{
    public string Describe() => FormattableString.Invariant(
        $"CPU: bench process (server + HTTP clients) {BenchCores:F2} cores, PostgreSQL {Show(PostgresCores)} cores, whole machine {Show(MachineCores)} of {Environment.ProcessorCount} cores busy");

    private static string Show(double? cores) => cores is { } value ? FormattableString.Invariant($"{value:F2}") : "?";
}
