namespace GridFlow.Contracts.Issues;

/// <summary>Who found an issue: <c>source</c> of <c>POST /api/issues</c>.</summary>
public static class IssueSources
{
    public const string Patrol = "patrol";
    public const string Public = "public";
    public const string Supervisor = "supervisor";

    /// <summary>Found during a cross-check; the report names the cross-check (<c>crossCheckId</c>).</summary>
    public const string CrossCheck = "cross-check";
}
