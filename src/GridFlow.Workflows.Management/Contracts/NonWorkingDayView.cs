namespace GridFlow.Workflows.Management.Contracts;

/// <summary>A local non-working day.</summary>
public sealed record NonWorkingDayView(DateOnly Date, string Reason);
