namespace GridFlow.Contracts.Assessments;

/// <summary>How an appeal (申诉) stands: open until the supervisor's decision has been settled, then upheld or refused.</summary>
public static class AppealStatuses
{
    /// <summary>Waiting for the county supervisor's decision (or for that decision to be settled, a moment later).</summary>
    public const string Open = "open";

    /// <summary>Upheld: an adjustment gave points back and the result was scored again as a new revision.</summary>
    public const string Upheld = "upheld";

    /// <summary>Refused: the result is untouched.</summary>
    public const string Refused = "refused";

    public static readonly IReadOnlyList<string> All = [Open, Upheld, Refused];
}
