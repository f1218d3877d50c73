namespace GridFlow.Contracts.Issues;

/// <summary>
/// What a case the workflow engine runs for is. Every case is a row of the issues table; only <see cref="Issue"/> is a
/// reported problem, so issue lists, statistics and assessments count only that kind.
/// </summary>
public static class CaseKinds
{
    /// <summary>A reported environmental problem (问题): the default.</summary>
    public const string Issue = "issue";

    /// <summary>A cross-check (交叉检查) of a grid by someone other than its inspector.</summary>
    public const string CrossCheck = "cross-check";

    /// <summary>An appeal (申诉) against a line of an assessment result.</summary>
    public const string Appeal = "appeal";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Issue, CrossCheck, Appeal };
}
