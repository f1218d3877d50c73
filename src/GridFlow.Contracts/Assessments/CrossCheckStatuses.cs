namespace GridFlow.Contracts.Assessments;

/// <summary>How a cross-check stands; derived from its case's workflow and its due time, never stored.</summary>
public static class CrossCheckStatuses
{
    /// <summary>The checker's workflow is still running.</summary>
    public const string Open = "open";

    /// <summary>The case's workflow completed (the checker completed the task).</summary>
    public const string Done = "done";

    /// <summary>Still open past its due time.</summary>
    public const string Overdue = "overdue";

    public static readonly IReadOnlyList<string> All = [Open, Done, Overdue];
}
