namespace GridFlow.Data.Workflows.Management;

internal sealed class LocalCalendarDayConfiguration : IEntityTypeConfiguration<LocalCalendarDay>
{
    public void Configure(EntityTypeBuilder<LocalCalendarDay> day)
    {
        day.ToTable("local_calendar_days");
        day.HasKey(d => d.Date);
        day.Property(d => d.Reason).HasMaxLength(256);
        day.Property(d => d.CreatedBy).HasMaxLength(256);
    }
}
