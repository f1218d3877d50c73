namespace GridFlow.Contracts.Workflows;

/// <summary>A local non-working day or make-up workday.</summary>
public sealed record LocalDayView(DateOnly Date, string Reason);
