using System.ComponentModel.DataAnnotations;

namespace GridFlow.Workflows.Management.Contracts;

/// <summary>Adds or changes a local non-working day.</summary>
public sealed record NonWorkingDayRequest([property: Required, StringLength(256, MinimumLength = 1)] string? Reason);
