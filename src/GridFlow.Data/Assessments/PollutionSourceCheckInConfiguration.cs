namespace GridFlow.Data.Assessments;

internal sealed class PollutionSourceCheckInConfiguration : IEntityTypeConfiguration<PollutionSourceCheckIn>
{
    public void Configure(EntityTypeBuilder<PollutionSourceCheckIn> checkIn)
    {
        checkIn.ToTable("pollution_source_check_ins");
        checkIn.Property(c => c.Notes).HasMaxLength(2000);
        checkIn.Property(c => c.CheckedBy).HasMaxLength(64);
        checkIn.Property(c => c.Location).HasColumnType("geometry(Point, 4326)");
        // A source's latest check-in is the front of this index; a photo's readers find the check-ins that use it.
        checkIn.HasIndex(c => new { c.SourceId, c.At }).IsDescending(false, true);
        checkIn.HasIndex(c => c.Photos).HasMethod("gin");
        checkIn.HasOne<PollutionSource>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
