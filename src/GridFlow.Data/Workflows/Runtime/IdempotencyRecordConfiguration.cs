namespace GridFlow.Data.Workflows.Runtime;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_keys");
        record.HasKey(r => new { r.UserId, r.Key });
        record.Property(r => r.UserId).HasMaxLength(450);
        record.Property(r => r.Key).HasMaxLength(256);
    }
}
