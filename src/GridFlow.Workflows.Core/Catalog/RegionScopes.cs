namespace GridFlow.Workflows.Core.Catalog;

/// <summary>The region levels an escalation can be scoped to, relative to the grid.</summary>
public static class RegionScopes
{
    public const string Grid = "grid";
    public const string Township = "township";
    public const string County = "county";
    public const string City = "city";

    /// <summary>Every known scope.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Grid, Township, County, City };
}
