namespace GridFlow.Data.Notifications;

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> email)
    {
        email.ToTable("email_messages");
        email.HasIndex(e => e.NextAttemptAt).HasFilter($"status = '{EmailStatuses.Pending}'").HasDatabaseName("ix_email_messages_pending");
        email.HasIndex(e => e.NotificationId).IsUnique();
        email.Property(e => e.UserId).HasMaxLength(450);
        email.Property(e => e.To).HasMaxLength(256);
        email.Property(e => e.Subject).HasMaxLength(512);
        email.Property(e => e.Status).HasMaxLength(16);
        email.Property(e => e.LastError).HasMaxLength(2000);
        email.Property(e => e.LeaseOwner).HasMaxLength(128);
    }
}
