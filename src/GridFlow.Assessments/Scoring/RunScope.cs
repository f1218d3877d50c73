namespace GridFlow.Assessments.Scoring;

/// <summary>
/// Whom a run assesses: the inspectors under <see cref="RegionPath"/> (all when null) but those under any of
/// <see cref="ExcludedPaths"/> (counties with a published scheme of their own, for a deployment-wide scheme); dismissed
/// inspectors never.
/// </summary>
public sealed record RunScope(string? RegionPath, IReadOnlyList<string> ExcludedPaths)
{
    public bool Includes(string inspectorPath) =>
        (RegionPath is null || inspectorPath.StartsWith(RegionPath, StringComparison.Ordinal))
        && !ExcludedPaths.Any(p => inspectorPath.StartsWith(p, StringComparison.Ordinal));
}
