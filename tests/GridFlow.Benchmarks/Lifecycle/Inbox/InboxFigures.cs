namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>The timing of one list call, and how many items the list had in all (its <c>total</c>).</summary>
public sealed record InboxFigures(InboxProbe Probe, PhaseFigures Figures, int Total);
