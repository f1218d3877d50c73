namespace GridFlow.Regions.Import;

/// <summary>The inspector of an imported grid; assigned to it from their hire date.</summary>
public sealed record InspectorImport(string Name, string? Phone, string? Email, InspectorStatus Status, DateOnly HireDate);
