namespace GridFlow.Contracts.Workflows;

/// <summary>Adds or changes a local non-working day or make-up workday.</summary>
public sealed record LocalDayRequest([property: Required, StringLength(256, MinimumLength = 1)] string? Reason);
