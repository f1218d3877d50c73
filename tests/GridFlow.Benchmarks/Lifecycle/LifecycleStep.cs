namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>One completion of the default lifecycle: who completes which task with what, and which task must open next (null: the issue closes).</summary>
public sealed record LifecycleStep(string ActivityId, DemoUser Actor, byte[] Body, string? NextActivityId);
