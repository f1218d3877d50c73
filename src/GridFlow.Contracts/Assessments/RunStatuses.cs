namespace GridFlow.Contracts.Assessments;

/// <summary>Where an assessment run stands.</summary>
public static class RunStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Queued, Running, Done, Failed };
}
