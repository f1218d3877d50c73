namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Where pgbench connects: the benchmark's server and a scratch database of its own.</summary>
public sealed record PgTarget(string Host, int Port, string User, string? Password, string Database);
