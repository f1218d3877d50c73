using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class PatrolConfiguration : IEntityTypeConfiguration<Patrol>
{
    public void Configure(EntityTypeBuilder<Patrol> patrol)
    {
        patrol.ToTable("patrols");
        patrol.Property(p => p.RecordedBy).HasMaxLength(64);
        patrol.Property(p => p.Status).HasMaxLength(16);
        patrol.Property(p => p.Track).HasColumnType("geometry(LineStringM, 4326)");
        // The archive lists an inspector's patrols and a grid's, newest first; near-a-source questions use the track.
        patrol.HasIndex(p => new { p.InspectorId, p.StartedAt }).IsDescending(false, true);
        patrol.HasIndex(p => new { p.GridId, p.StartedAt }).IsDescending(false, true);
        patrol.HasIndex(p => p.Track).HasMethod("gist");
        patrol.HasOne<Grid>().WithMany().HasForeignKey(p => p.GridId).OnDelete(DeleteBehavior.Restrict);
        patrol.HasOne<Inspector>().WithMany().HasForeignKey(p => p.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
