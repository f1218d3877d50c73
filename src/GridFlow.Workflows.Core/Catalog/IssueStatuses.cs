namespace GridFlow.Workflows.Core.Catalog;

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

    /// <summary>Every known status.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Reported, Accepted, Dispatched, Rectifying, Verifying, Closed, Rejected, Transferred, Reopened,
    };
}
