namespace GridFlow.Contracts.Regions;

/// <summary>Employment status of a grid inspector.</summary>
public enum InspectorStatus
{
    Active,
    Probation,
    Dismissed,
}
