namespace GridFlow.Contracts.Regions;

/// <summary>Creates or replaces an inspector. <c>status</c> is active, probation or dismissed.</summary>
public sealed record InspectorRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? Name,
    [property: StringLength(32)] string? Phone,
    [property: EmailAddress, StringLength(256)] string? Email,
    [property: Required, AllowedValues("active", "probation", "dismissed")] string? Status,
    [property: Required] DateOnly? HireDate,
    [property: Required] Guid? RegionId);
