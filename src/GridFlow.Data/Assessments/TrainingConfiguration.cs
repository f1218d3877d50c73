using GridFlow.Data.Regions;

namespace GridFlow.Data.Assessments;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> training)
    {
        training.ToTable("trainings");
        training.Property(t => t.Title).HasMaxLength(200);
        training.Property(t => t.Kind).HasMaxLength(16);
        training.Property(t => t.RegionPath).HasMaxLength(512);
        training.Property(t => t.Trainer).HasMaxLength(100);
        training.Property(t => t.RecordedBy).HasMaxLength(64);
        // Lists and archives pick a region's trainings (by path prefix, or the paths above an inspector), newest first.
        training.HasIndex(t => new { t.RegionPath, t.HeldAt });
        training.HasIndex(t => t.HeldAt);
        training.HasOne<Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        training.HasMany(t => t.Attendance).WithOne().HasForeignKey(a => a.TrainingId).OnDelete(DeleteBehavior.Cascade);
    }
}
