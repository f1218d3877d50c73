namespace GridFlow.Data.Assessments;

internal sealed class PatrolSourcePassConfiguration : IEntityTypeConfiguration<PatrolSourcePass>
{
    public void Configure(EntityTypeBuilder<PatrolSourcePass> pass)
    {
        pass.ToTable("patrol_source_passes");
        pass.HasKey(p => new { p.PatrolId, p.SourceId });
        // A source's visits in a period are a range of this index, judged without reading the table (index-only scan).
        pass.HasIndex(p => new { p.SourceId, p.EndedAt }).IncludeProperties(p => new { p.Meters, p.Minutes, p.Km, p.InsideRatio, p.MaxKmh });
        pass.HasOne<PollutionSource>().WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Cascade);
        pass.HasOne<Patrol>().WithMany().HasForeignKey(p => p.PatrolId).OnDelete(DeleteBehavior.Cascade);
    }
}
