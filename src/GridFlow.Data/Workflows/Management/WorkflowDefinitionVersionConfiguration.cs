namespace GridFlow.Data.Workflows.Management;

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> definition)
    {
        definition.ToTable("workflow_definitions");
        definition.HasKey(d => new { d.DefinitionId, d.Version });
        definition.Property(d => d.DefinitionId).HasMaxLength(64);
        definition.Property(d => d.Name).HasMaxLength(256);
        definition.Property(d => d.Status).HasMaxLength(16);
        definition.Property(d => d.Origin).HasMaxLength(16);
        definition.Property(d => d.ContentHash).HasMaxLength(64);
        definition.Property(d => d.Json).HasColumnType("jsonb");
    }
}
