namespace GridFlow.Workflows.Core.Models;

/// <summary>Where the designer draws an activity (<c>metadata.designer.position</c>).</summary>
public sealed record DesignerPosition(double X, double Y);
