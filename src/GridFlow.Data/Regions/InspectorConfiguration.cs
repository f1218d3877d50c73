namespace GridFlow.Data.Regions;

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> inspector)
    {
        inspector.HasIndex(i => i.RegionId);
        inspector.HasIndex(i => i.UserId).IsUnique();
        inspector.Property(i => i.Name).HasMaxLength(64);
        inspector.Property(i => i.Phone).HasMaxLength(32);
        inspector.Property(i => i.Email).HasMaxLength(256);
        inspector.Property(i => i.UserId).HasMaxLength(450);
        inspector.HasOne(i => i.Region).WithMany().HasForeignKey(i => i.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
