namespace GridFlow.Data.Assessments;

/// <summary>One GPS fix of a patrol. Keyed by (patrol, time): a point sent twice is the same point.</summary>
public class PatrolPoint
{
    public Guid PatrolId { get; set; }

    public DateTimeOffset At { get; set; }

    public double Lon { get; set; }

    public double Lat { get; set; }

    public double? Accuracy { get; set; }
}
