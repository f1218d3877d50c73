namespace GridFlow.Data.Workflows.Runtime;

internal sealed class EscalationActionConfiguration : IEntityTypeConfiguration<EscalationAction>
{
    public void Configure(EntityTypeBuilder<EscalationAction> action)
    {
        action.HasIndex(a => a.EscalationId);
        action.Property(a => a.Action).HasMaxLength(16);
        action.Property(a => a.Comment).HasMaxLength(4000);
        action.Property(a => a.Actor).HasMaxLength(256);
        action.Property(a => a.Data).HasColumnType("jsonb");
    }
}
