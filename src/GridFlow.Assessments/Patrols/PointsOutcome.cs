namespace GridFlow.Assessments.Patrols;

/// <summary>What became of a batch of points: added (with the counts), or refused because the patrol ended or would hold too many.</summary>
public sealed record PointsOutcome(AddPatrolPointsResult? Result, bool Ended = false, bool Full = false)
{
    public static readonly PointsOutcome NotRecording = new(null, Ended: true);

    public static readonly PointsOutcome TooMany = new(null, Full: true);
}
