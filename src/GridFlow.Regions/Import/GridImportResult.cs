namespace GridFlow.Regions.Import;

/// <summary>What an import of grids added.</summary>
public sealed record GridImportResult(int Grids, int Inspectors, int Assignments);
