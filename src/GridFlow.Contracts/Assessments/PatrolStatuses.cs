namespace GridFlow.Contracts.Assessments;

public static class PatrolStatuses
{
    public const string Recording = "recording";

    public const string Finished = "finished";
}
