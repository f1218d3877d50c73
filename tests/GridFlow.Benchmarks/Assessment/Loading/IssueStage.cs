namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>Where a loaded issue's lifecycle stands at the load's clock; it fixes which tasks exist and which is open.</summary>
public enum IssueStage
{
    /// <summary>Accept answered <c>reject</c> (不属实/重复): the instance is over.</summary>
    Rejected,

    /// <summary>Accept answered <c>transfer</c> (another department's): the instance is over.</summary>
    Transferred,

    /// <summary>Waiting for the township to accept.</summary>
    AtAccept,

    /// <summary>Dispatched, being rectified by the township.</summary>
    Rectifying,

    /// <summary>Rectified, waiting for the grid's inspector to verify on site.</summary>
    Verifying,

    /// <summary>Verified and closed; the reopen window (the inspector's, 30 days) is open.</summary>
    Closed,
}
