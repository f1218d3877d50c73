namespace GridFlow.Data.Notifications;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> template)
    {
        template.HasKey(t => new { t.Name, t.Culture });
        template.Property(t => t.Name).HasMaxLength(64);
        template.Property(t => t.Culture).HasMaxLength(16);
        template.Property(t => t.Subject).HasMaxLength(512);
        template.Property(t => t.UpdatedBy).HasMaxLength(256);
    }
}
