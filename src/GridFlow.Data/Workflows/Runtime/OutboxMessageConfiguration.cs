namespace GridFlow.Data.Workflows.Runtime;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox");
        message.HasIndex(m => m.NextAttemptAt).HasFilter($"status = '{OutboxStatuses.Pending}'").HasDatabaseName("ix_outbox_pending");
        // Nothing reads the outbox by issue (delivery reads the pending index, retention deletes by age), and every
        // completion and report writes a row: an index on issue_id was an entry per row with no reader.
        message.Property(m => m.ActivityId).HasMaxLength(64);
        message.Property(m => m.Template).HasMaxLength(64);
        message.Property(m => m.Recipients).HasColumnType("jsonb");
        message.Property(m => m.Status).HasMaxLength(16);
        message.Property(m => m.LastError).HasMaxLength(2000);
    }
}
