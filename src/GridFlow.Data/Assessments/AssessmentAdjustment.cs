namespace GridFlow.Data.Assessments;

/// <summary>
/// A manual fact (a commendation bonus, a disciplinary deduction, an upheld appeal): points for one inspector at one
/// time, with the reason and who recorded it. It counts in every run whose period contains <see cref="At"/>.
/// </summary>
public class AssessmentAdjustment : IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectorId { get; set; }

    public DateTimeOffset At { get; set; }

    public decimal Points { get; set; }

    public required string Reason { get; set; }

    /// <summary>The appeal whose upholding made this adjustment, if any.</summary>
    public Guid? AppealId { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
