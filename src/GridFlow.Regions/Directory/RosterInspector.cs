namespace GridFlow.Regions.Directory;

/// <summary>An inspector as an assessment run sees them: name, township (id and path) and status.</summary>
public sealed record RosterInspector(Guid Id, string Name, Guid RegionId, string RegionPath, InspectorStatus Status);
