namespace GridFlow.Data.Assessments;

/// <summary>One inspector present at a training, with the exam score when it was an exam. Keyed by (training, inspector).</summary>
public class TrainingAttendance
{
    public Guid TrainingId { get; set; }

    public Guid InspectorId { get; set; }

    /// <summary>0–100, for exams only.</summary>
    public double? Score { get; set; }
}
