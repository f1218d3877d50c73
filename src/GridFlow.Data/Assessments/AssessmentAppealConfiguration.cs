using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class AssessmentAppealConfiguration : IEntityTypeConfiguration<AssessmentAppeal>
{
    public void Configure(EntityTypeBuilder<AssessmentAppeal> appeal)
    {
        appeal.ToTable("assessment_appeals");
        appeal.Property(a => a.ItemId).HasMaxLength(64);
        appeal.Property(a => a.LinePoints).HasPrecision(8, 2);
        appeal.Property(a => a.Reason).HasMaxLength(1000);
        appeal.Property(a => a.RegionPath).HasMaxLength(512);
        appeal.Property(a => a.Status).HasMaxLength(16);
        appeal.Property(a => a.FiledBy).HasMaxLength(450);
        appeal.Property(a => a.Decision).HasMaxLength(64);
        appeal.Property(a => a.Comment).HasMaxLength(4000);
        appeal.Property(a => a.DecidedBy).HasMaxLength(256);
        appeal.Property(a => a.PointsRequested).HasPrecision(8, 2);
        appeal.Property(a => a.PointsGiven).HasPrecision(8, 2);
        // One open appeal per run, inspector and line: a second is refused by this index even when two race.
        appeal.HasIndex(a => new { a.RunId, a.InspectorId, a.ItemId }).IsUnique().HasFilter("status = 'open'");
        // Lists are a region's (path prefix) or an inspector's, newest first; the settler looks for open ones.
        appeal.HasIndex(a => new { a.RegionPath, a.FiledAt });
        appeal.HasIndex(a => new { a.InspectorId, a.FiledAt });
        appeal.HasIndex(a => a.CaseId).IsUnique();
        appeal.HasIndex(a => a.FiledAt).HasFilter("status = 'open'").HasDatabaseName("ix_assessment_appeals_open");
        appeal.HasOne<AssessmentRun>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        appeal.HasOne<Inspector>().WithMany().HasForeignKey(a => a.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
