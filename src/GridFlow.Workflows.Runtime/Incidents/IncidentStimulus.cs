namespace GridFlow.Workflows.Runtime.Incidents;

/// <summary>What was being done when a transition failed, kept so it can be retried as it was.</summary>
public sealed record IncidentStimulus(string Kind, string Actor, Guid? TaskId = null, string? Outcome = null, string? Comment = null, JsonObject? Data = null)
{
    public const string StartKind = "start";
    public const string CompleteKind = "complete";
    public const string TimeoutKind = "timeout";

    public static IncidentStimulus Start(string actor) => new(StartKind, actor);
}
