namespace GridFlow.Contracts.Assessments;

/// <summary>What a scorecard fact is, so a reader knows where to look it up.</summary>
public static class ScoreFactTypes
{
    public const string Patrol = "patrol";
    public const string Issue = "issue";
    public const string Task = "task";
    public const string Escalation = "escalation";
    public const string Training = "training";
    public const string CrossCheck = "cross-check";
    public const string Adjustment = "adjustment";
    public const string PollutionSource = "pollution-source";

    /// <summary>A monthly result an aggregate (quarterly, annual) run averaged.</summary>
    public const string AssessmentResult = "assessment-result";
}
