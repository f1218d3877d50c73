namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>A grid of the demo city: its township, its inspector (if any) and its centre, where its issues are placed.</summary>
public sealed record GridRow(Guid Id, Guid TownshipId, Guid? InspectorId, double Lat, double Lon);
