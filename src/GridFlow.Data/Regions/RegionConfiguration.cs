namespace GridFlow.Data.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasIndex(r => r.Code).IsUnique();
        region.HasIndex(r => r.Path).IsUnique();
        region.Property(r => r.Code).HasMaxLength(32);
        region.Property(r => r.Name).HasMaxLength(128);
        region.Property(r => r.Path).HasMaxLength(256);
        region.Property(r => r.Extent!).HasConversion(new PolygonToWkbConverter(), PolygonToWkbConverter.Comparer);
        region.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
