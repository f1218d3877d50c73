namespace GridFlow.Data.Workflows.Runtime;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> escalation)
    {
        escalation.HasIndex(e => e.TimerId).IsUnique();
        escalation.HasIndex(e => new { e.Status, e.Level, e.RaisedAt });
        escalation.HasIndex(e => new { e.Role, e.RegionId, e.Status });
        escalation.HasIndex(e => e.IssueId);
        escalation.Property(e => e.Card).HasMaxLength(16);
        escalation.Property(e => e.Role).HasMaxLength(32);
        escalation.Property(e => e.Status).HasMaxLength(16);
        escalation.Property(e => e.ResolvedBy).HasMaxLength(256);
        escalation.Property(e => e.Resolution).HasMaxLength(16);
    }
}
