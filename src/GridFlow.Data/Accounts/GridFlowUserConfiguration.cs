using GridFlow.Data.Regions;

namespace GridFlow.Data.Accounts;

internal sealed class GridFlowUserConfiguration : IEntityTypeConfiguration<GridFlowUser>
{
    public void Configure(EntityTypeBuilder<GridFlowUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(128);
        user.HasOne<Region>().WithMany().HasForeignKey(u => u.RegionId).OnDelete(DeleteBehavior.Restrict);
        user.HasOne<Inspector>().WithMany().HasForeignKey(u => u.InspectorId).OnDelete(DeleteBehavior.SetNull);
    }
}
