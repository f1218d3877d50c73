namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>The status an issue has before its workflow sets one.</summary>
public static class IssueStatusNames
{
    public const string Reported = "reported";
}
