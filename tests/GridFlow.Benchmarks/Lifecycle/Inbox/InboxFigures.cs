using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>The timing of one list call, how many items the list had in all (its <c>total</c>), and the CPU it took.</summary>
public sealed record InboxFigures(InboxProbe Probe, PhaseFigures Figures, int Total, CpuUsage Cpu);
