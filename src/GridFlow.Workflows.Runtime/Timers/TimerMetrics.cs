using System.Diagnostics.Metrics;

namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>Timer counters for OpenTelemetry (meter <c>GridFlow.Timers</c>): fired timers and how late they fired.</summary>
public sealed class TimerMetrics
{
    public const string MeterName = "GridFlow.Timers";

    private readonly Counter<long> fired;
    private readonly Histogram<double> lateness;

    public TimerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        fired = meter.CreateCounter<long>("gridflow.timers.fired", description: "Timers fired");
        lateness = meter.CreateHistogram<double>("gridflow.timers.lateness", "ms", "How long after its due time the oldest timer of a sweep fired");
    }

    public void Record(SweepResult result)
    {
        fired.Add(result.Fired);
        lateness.Record(result.MaxLateness.TotalMilliseconds);
    }
}
