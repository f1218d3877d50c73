namespace GridFlow.Contracts.Assessments;

/// <summary>A training with its attendance.</summary>
public sealed record TrainingDetail : TrainingView
{
    public TrainingDetail(TrainingView training, IReadOnlyList<AttendeeView> attendance)
        : base(training)
    {
        Attendance = attendance;
    }

    public IReadOnlyList<AttendeeView> Attendance { get; }
}
