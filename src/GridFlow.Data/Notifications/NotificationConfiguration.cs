namespace GridFlow.Data.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.HasIndex(n => new { n.UserId, n.CreatedAt });
        notification.HasIndex(n => new { n.OutboxId, n.UserId }).IsUnique();
        notification.Property(n => n.UserId).HasMaxLength(450);
        notification.Property(n => n.Kind).HasMaxLength(64);
        notification.Property(n => n.Subject).HasMaxLength(512);
    }
}
