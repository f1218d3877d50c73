namespace GridFlow.Data.Assessments;

internal sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    public void Configure(EntityTypeBuilder<AssessmentResult> result)
    {
        result.ToTable("assessment_results");
        result.HasKey(r => new { r.RunId, r.InspectorId });
        result.Property(r => r.InspectorName).HasMaxLength(64);
        result.Property(r => r.RegionPath).HasMaxLength(512);
        result.Property(r => r.Grade).HasMaxLength(16);
        result.Property(r => r.Score).HasPrecision(8, 2);
        result.Property(r => r.Pay).HasPrecision(6, 3);
        // json, not jsonb: the lines are written once and read whole (passed through to the response), so PostgreSQL only
        // checks them instead of building jsonb from each of a province run's 20,000 scorecards.
        result.Property(r => r.Lines).HasColumnType("json");
        // A run's results are found by the key's prefix (run); a region filter then reads at most a province's 20,000 rows.
        result.HasIndex(r => r.InspectorId);
        result.HasOne<AssessmentRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
