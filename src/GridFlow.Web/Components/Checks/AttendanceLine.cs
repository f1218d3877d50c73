namespace GridFlow.Web.Components.Checks;

/// <summary>One inspector in the attendance editor: whether they attended and, for an exam, their score.</summary>
public sealed class AttendanceLine(string inspectorId, string name, string? regionName)
{
    public string InspectorId { get; } = inspectorId;

    public string Name { get; } = name;

    public string? RegionName { get; } = regionName;

    public bool Attended { get; set; }

    public double? Score { get; set; }
}
