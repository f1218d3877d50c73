using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class AssessmentAdjustmentConfiguration : IEntityTypeConfiguration<AssessmentAdjustment>
{
    public void Configure(EntityTypeBuilder<AssessmentAdjustment> adjustment)
    {
        adjustment.ToTable("assessment_adjustments");
        adjustment.Property(a => a.Points).HasPrecision(8, 2);
        adjustment.Property(a => a.Reason).HasMaxLength(1000);
        adjustment.Property(a => a.RecordedBy).HasMaxLength(256);
        // A run reads the period's adjustments; a scorecard an inspector's.
        adjustment.HasIndex(a => a.At);
        adjustment.HasIndex(a => new { a.InspectorId, a.At });
        adjustment.HasOne<Inspector>().WithMany().HasForeignKey(a => a.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
