namespace GridFlow.Contracts.Issues;

/// <summary>The public statuses of an issue that <c>GridFlow.SetStatus</c> may set.</summary>
public static class IssueStatuses
{
    public const string Reported = "reported";
    public const string Accepted = "accepted";
    public const string Dispatched = "dispatched";
    public const string Rectifying = "rectifying";
    public const string Verifying = "verifying";
    public const string Closed = "closed";
    public const string Rejected = "rejected";
    public const string Transferred = "transferred";
    public const string Reopened = "reopened";

    /// <summary>The statuses of an issue whose workflow is over: nothing more is done about it unless it is reopened.</summary>
    public static IReadOnlySet<string> Finished { get; } = new HashSet<string>(StringComparer.Ordinal) { Closed, Rejected, Transferred };

    /// <summary>Every known status.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Reported, Accepted, Dispatched, Rectifying, Verifying, Closed, Rejected, Transferred, Reopened,
    };
}
