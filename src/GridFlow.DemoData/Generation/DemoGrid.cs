namespace GridFlow.DemoData.Generation;

/// <summary>A generated grid with a synthetic boundary and its responsible inspector.</summary>
public sealed record DemoGrid(string Code, string Name, Polygon Boundary, DemoInspector Inspector);
