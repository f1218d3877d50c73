namespace GridFlow.Data.Entities;

/// <summary>Employment status of a grid inspector.</summary>
public enum InspectorStatus
{
    Active,
    Probation,
    Dismissed,
}
