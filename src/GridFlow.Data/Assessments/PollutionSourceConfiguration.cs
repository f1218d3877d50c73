using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class PollutionSourceConfiguration : IEntityTypeConfiguration<PollutionSource>
{
    public void Configure(EntityTypeBuilder<PollutionSource> source)
    {
        source.ToTable("pollution_sources");
        source.Property(s => s.Name).HasMaxLength(200);
        source.Property(s => s.Kind).HasMaxLength(32);
        source.Property(s => s.Notes).HasMaxLength(2000);
        source.Property(s => s.CreatedBy).HasMaxLength(64);
        source.Property(s => s.Location).HasColumnType("geometry(Point, 4326)");
        // The archive lists a grid's sources; a photo's readers find the sources that use it (photos @> ARRAY[id]).
        source.HasIndex(s => new { s.GridId, s.Name });
        source.HasIndex(s => s.Photos).HasMethod("gin");
        source.HasOne<Grid>().WithMany().HasForeignKey(s => s.GridId).OnDelete(DeleteBehavior.Restrict);
    }
}
