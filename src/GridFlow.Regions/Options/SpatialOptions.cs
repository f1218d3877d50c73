using System.ComponentModel.DataAnnotations;

namespace GridFlow.Regions.Options;

/// <summary>Grid index and boundary-validation settings (section <c>Spatial</c>).</summary>
public sealed class SpatialOptions
{
    public const string Section = "Spatial";

    /// <summary>How often a node checks the database for grids changed by other nodes.</summary>
    [Range(0.1, 3600)]
    public double IndexRefreshSeconds { get; set; } = 5;

    /// <summary>Share of a new boundary's area that may overlap a neighbour (digitising slack).</summary>
    [Range(0, 0.5)]
    public double MaxOverlapRatio { get; set; } = 0.001;

    /// <summary>Share of a new boundary's area that may stick out of its township's extent.</summary>
    [Range(0, 0.5)]
    public double MaxOutsideExtentRatio { get; set; } = 0.001;
}
