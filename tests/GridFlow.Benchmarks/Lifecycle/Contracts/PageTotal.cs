namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The <c>total</c> of any paged list, printed so a reader sees how big the lists were.</summary>
public sealed record PageTotal(int Total);
