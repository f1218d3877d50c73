namespace GridFlow.Data.Assessments;

internal sealed class AssessmentSchemeVersionConfiguration : IEntityTypeConfiguration<AssessmentSchemeVersion>
{
    public void Configure(EntityTypeBuilder<AssessmentSchemeVersion> scheme)
    {
        scheme.ToTable("assessment_schemes");
        scheme.HasKey(s => new { s.SchemeId, s.Version });
        scheme.Property(s => s.SchemeId).HasMaxLength(64);
        scheme.Property(s => s.Name).HasMaxLength(128);
        scheme.Property(s => s.Status).HasMaxLength(16);
        scheme.Property(s => s.Document).HasColumnType("jsonb");
        scheme.Property(s => s.FileHash).HasMaxLength(64);
        scheme.Property(s => s.CreatedBy).HasMaxLength(256);
        // At most one draft and one published version per scheme.
        scheme.HasIndex(s => new { s.SchemeId, s.Status }).IsUnique().HasFilter("status IN ('draft', 'published')");
    }
}
