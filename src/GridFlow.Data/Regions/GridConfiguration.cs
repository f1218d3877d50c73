namespace GridFlow.Data.Regions;

internal sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> grid)
    {
        grid.HasIndex(g => g.Code).IsUnique();
        grid.HasIndex(g => g.RegionId);
        grid.HasIndex(g => g.InspectorId);
        grid.HasIndex(g => new { g.MinLon, g.MaxLon, g.MinLat, g.MaxLat });
        grid.Property(g => g.Code).HasMaxLength(64);
        grid.Property(g => g.Name).HasMaxLength(128);
        grid.Property(g => g.Boundary).HasConversion(new PolygonToWkbConverter(), PolygonToWkbConverter.Comparer);
        grid.HasOne(g => g.Region).WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Restrict);
        grid.HasOne(g => g.Inspector).WithMany(i => i.Grids).HasForeignKey(g => g.InspectorId).OnDelete(DeleteBehavior.Restrict);
        // Two admins editing one grid: the second save fails instead of silently overwriting the first.
        grid.Property<uint>("xmin").IsRowVersion();
    }
}
