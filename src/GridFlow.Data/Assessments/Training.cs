namespace GridFlow.Data.Assessments;

/// <summary>
/// A training, study session or exam (培训/学习/考试) held for the inspectors of one county or of the whole city, often
/// taught by an enforcement officer (传帮带). Its attendance is <see cref="TrainingAttendance"/>; together they are the
/// inspectors' policy-study archive (政策法规学习档案), and an absence from a training or an exam costs points.
/// </summary>
public class Training : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    /// <summary><c>training</c>, <c>study</c> or <c>exam</c>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset HeldAt { get; set; }

    public double Hours { get; set; }

    /// <summary>The county or the city whose inspectors it is for.</summary>
    public Guid RegionId { get; set; }

    /// <summary>
    /// The region's path when the training was recorded, so that scoping is a prefix match in SQL without naming the
    /// Regions module's tables (regions keep their place in the hierarchy).
    /// </summary>
    public required string RegionPath { get; set; }

    public string? Trainer { get; set; }

    /// <summary>The account that recorded it.</summary>
    public required string RecordedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the attendance was last replaced; the replacement updates it first, which serialises two of them.</summary>
    public DateTimeOffset? AttendanceUpdatedAt { get; set; }

    public List<TrainingAttendance> Attendance { get; set; } = [];
}
