using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> attendance)
    {
        attendance.ToTable("training_attendance");
        attendance.HasKey(a => new { a.TrainingId, a.InspectorId });
        // An inspector's study archive reads their attendance.
        attendance.HasIndex(a => a.InspectorId);
        attendance.HasOne<Inspector>().WithMany().HasForeignKey(a => a.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
