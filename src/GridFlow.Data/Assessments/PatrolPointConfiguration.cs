namespace GridFlow.Data.Assessments;

internal sealed class PatrolPointConfiguration : IEntityTypeConfiguration<PatrolPoint>
{
    public void Configure(EntityTypeBuilder<PatrolPoint> point)
    {
        point.ToTable("patrol_points");
        point.HasKey(p => new { p.PatrolId, p.At });
        point.HasOne<Patrol>().WithMany().HasForeignKey(p => p.PatrolId).OnDelete(DeleteBehavior.Cascade);
    }
}
