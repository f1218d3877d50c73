using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class CrossCheckConfiguration : IEntityTypeConfiguration<CrossCheck>
{
    public void Configure(EntityTypeBuilder<CrossCheck> check)
    {
        check.ToTable("cross_checks");
        check.Property(c => c.RegionPath).HasMaxLength(512);
        check.Property(c => c.CheckerUserId).HasMaxLength(450);
        check.Property(c => c.OrderedBy).HasMaxLength(450);
        // Lists are a region's cross-checks (path prefix) or a checker's own, newest first.
        check.HasIndex(c => new { c.RegionPath, c.OrderedAt });
        check.HasIndex(c => new { c.CheckerUserId, c.OrderedAt });
        check.HasIndex(c => c.CaseId).IsUnique();
        check.HasOne<Grid>().WithMany().HasForeignKey(c => c.GridId).OnDelete(DeleteBehavior.Restrict);
    }
}
