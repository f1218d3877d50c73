namespace GridFlow.Data.Notifications;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> preference)
    {
        preference.HasKey(p => new { p.UserId, p.Kind });
        preference.Property(p => p.UserId).HasMaxLength(450);
        preference.Property(p => p.Kind).HasMaxLength(64);
    }
}
