namespace GridFlow.Data.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.ToTable("audit_log");
        audit.HasIndex(a => new { a.EntityType, a.EntityId });
        audit.HasIndex(a => a.At);
        audit.Property(a => a.ActorName).HasMaxLength(256);
        audit.Property(a => a.Action).HasMaxLength(16);
        audit.Property(a => a.EntityType).HasMaxLength(64);
        audit.Property(a => a.EntityId).HasMaxLength(64);
    }
}
