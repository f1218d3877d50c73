namespace GridFlow.Contracts.Assessments;

/// <summary>How a run scores: from the period's facts, or as the mean of the monthly results it covers.</summary>
public static class RunKinds
{
    public const string Facts = "facts";
    public const string Aggregate = "aggregate";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Facts, Aggregate };
}
