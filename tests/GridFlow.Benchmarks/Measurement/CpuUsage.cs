namespace GridFlow.Benchmarks.Measurement;

/// <summary>Average cores busy during a phase: this process (server and clients), PostgreSQL, and the whole machine.</summary>
public sealed record CpuUsage(double BenchCores, double? PostgresCores, double? MachineCores, GcCounts Gc)
{
    /// <summary>What the machine did besides this benchmark (builds, other tests): a large share makes the figures low.</summary>
    public double? OtherCores => MachineCores - BenchCores - PostgresCores;

    public string Describe() => FormattableString.Invariant(
        $"CPU: bench process (server + HTTP clients) {BenchCores:F2} cores, PostgreSQL {Show(PostgresCores)} cores, other processes {Show(OtherCores)} cores; whole machine {Show(MachineCores)} of {Environment.ProcessorCount} cores busy; {Gc.Describe()}");

    /// <summary>
    /// CPU milliseconds per operation on each side. Unlike the rate, this barely moves when other processes take
    /// cores away, so it says what the rate would be on an idle machine: cores / (ms per op / 1000).
    /// </summary>
    public string DescribePer(double operationsPerSecond, string operation)
    {
        var bench = BenchCores / operationsPerSecond * 1000;
        var postgres = PostgresCores / operationsPerSecond * 1000;
        var total = bench + (postgres ?? 0);
        return FormattableString.Invariant(
            $"CPU per {operation}: {bench:F2} ms in the bench process, {Show(postgres)} ms in PostgreSQL; {Environment.ProcessorCount} idle cores would allow about {Environment.ProcessorCount * 1000 / total:F0} {operation}s/s");
    }

    private static string Show(double? cores) => cores is { } value ? FormattableString.Invariant($"{value:F2}") : "?";
}
