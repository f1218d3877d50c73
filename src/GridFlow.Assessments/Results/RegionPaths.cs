namespace GridFlow.Assessments.Results;

/// <summary>Region paths as prefixes (null: everywhere).</summary>
public static class RegionPaths
{
    /// <summary>Never matches a region: what two regions on different lines have in common.</summary>
    public const string Nowhere = "/-none-/";

    /// <summary>The prefix both <paramref name="a"/> and <paramref name="b"/> allow: the deeper one when they lie on one line, else <see cref="Nowhere"/>.</summary>
    public static string? Narrower(string? a, string? b) =>
        a is null ? b
        : b is null ? a
        : a.StartsWith(b, StringComparison.Ordinal) ? a
        : b.StartsWith(a, StringComparison.Ordinal) ? b
        : Nowhere;
}
