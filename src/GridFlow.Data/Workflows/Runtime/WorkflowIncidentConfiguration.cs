namespace GridFlow.Data.Workflows.Runtime;

internal sealed class WorkflowIncidentConfiguration : IEntityTypeConfiguration<WorkflowIncident>
{
    public void Configure(EntityTypeBuilder<WorkflowIncident> incident)
    {
        incident.ToTable("workflow_incidents");
        incident.HasIndex(i => new { i.InstanceId, i.CreatedAt });
        incident.Property(i => i.ActivityId).HasMaxLength(64);
        incident.Property(i => i.Stimulus).HasColumnType("jsonb");
        incident.Property(i => i.Message).HasMaxLength(4000);
        incident.Property(i => i.ResolvedBy).HasMaxLength(256);
    }
}
