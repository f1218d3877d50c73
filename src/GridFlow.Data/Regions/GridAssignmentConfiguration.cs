namespace GridFlow.Data.Regions;

internal sealed class GridAssignmentConfiguration : IEntityTypeConfiguration<GridAssignment>
{
    public void Configure(EntityTypeBuilder<GridAssignment> assignment)
    {
        assignment.HasIndex(a => new { a.GridId, a.From });
        // At most one open assignment per grid: the database, not only the code, keeps 责任到人.
        assignment.HasIndex(a => a.GridId).IsUnique().HasFilter("\"to\" IS NULL").HasDatabaseName("ix_grid_assignments_one_open_per_grid");
        assignment.HasIndex(a => a.InspectorId);
        assignment.HasOne<Grid>().WithMany().HasForeignKey(a => a.GridId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasOne<Inspector>().WithMany().HasForeignKey(a => a.InspectorId).OnDelete(DeleteBehavior.Restrict);
        assignment.Property(a => a.AssignedBy).HasMaxLength(256);
    }
}
