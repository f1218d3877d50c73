namespace GridFlow.Data.Assessments;

internal sealed class AssessmentResultRevisionConfiguration : IEntityTypeConfiguration<AssessmentResultRevision>
{
    public void Configure(EntityTypeBuilder<AssessmentResultRevision> revision)
    {
        revision.ToTable("assessment_result_revisions");
        revision.HasKey(r => new { r.RunId, r.InspectorId, r.Revision });
        revision.Property(r => r.Grade).HasMaxLength(16);
        revision.Property(r => r.Score).HasPrecision(8, 2);
        revision.Property(r => r.Pay).HasPrecision(6, 3);
        revision.Property(r => r.Lines).HasColumnType("jsonb");
        revision.HasIndex(r => r.ReplacedByAppealId);
        revision.HasOne<AssessmentRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
