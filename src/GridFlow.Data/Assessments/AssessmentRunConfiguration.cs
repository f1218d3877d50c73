namespace GridFlow.Data.Assessments;

internal sealed class AssessmentRunConfiguration : IEntityTypeConfiguration<AssessmentRun>
{
    public void Configure(EntityTypeBuilder<AssessmentRun> run)
    {
        run.ToTable("assessment_runs");
        run.Property(r => r.SchemeId).HasMaxLength(64);
        run.Property(r => r.Kind).HasMaxLength(16);
        run.Property(r => r.Trigger).HasMaxLength(16);
        run.Property(r => r.Status).HasMaxLength(16);
        run.Property(r => r.Phase).HasMaxLength(32);
        run.Property(r => r.RequestedBy).HasMaxLength(256);
        run.Property(r => r.Error).HasMaxLength(4000);
        run.Property(r => r.RegionPath).HasMaxLength(512);
        // The runs of a scheme by period: lists, the scheduled jobs' "already started?" and the months an aggregate reads.
        run.HasIndex(r => new { r.SchemeId, r.PeriodFrom, r.PeriodTo });
        // The scheduled job starts one run per scheme and period however often Hangfire retries or nodes race it.
        run.HasIndex(r => new { r.SchemeId, r.Kind, r.PeriodFrom, r.PeriodTo })
            .IsUnique().HasFilter("trigger = 'schedule'").HasDatabaseName("ix_assessment_runs_one_scheduled_per_period");
    }
}
