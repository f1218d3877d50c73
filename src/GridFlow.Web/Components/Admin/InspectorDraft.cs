using GridFlow.Contracts.Regions;

namespace GridFlow.Web.Components.Admin;

/// <summary>The inspector form's fields while they are edited; <see cref="Id"/> is null for a new inspector.</summary>
public sealed class InspectorDraft
{
    public string? Id { get; init; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string Status { get; set; } = "probation";

    public DateTime? HireDate { get; set; }

    public string? RegionId { get; set; }

    public static InspectorDraft Of(InspectorView inspector) => new()
    {
        Id = inspector.Id,
        Name = inspector.Name,
        Phone = inspector.Phone,
        Email = inspector.Email,
        Status = inspector.Status,
        HireDate = inspector.HireDate.ToDateTime(TimeOnly.MinValue),
        RegionId = inspector.RegionId,
    };

    /// <summary>The API's request; empty strings are "not given", so the API's own messages name what is missing.</summary>
    public InspectorRequest ToRequest() =>
        new(Blank(Name), Blank(Phone), Blank(Email), Status, HireDate is { } hired ? DateOnly.FromDateTime(hired) : null,
            Guid.TryParse(RegionId, out var region) ? region : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
