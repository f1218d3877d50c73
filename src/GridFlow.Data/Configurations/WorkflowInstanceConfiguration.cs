using GridFlow.Data.Entities.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GridFlow.Data.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> instance)
    {
        instance.ToTable("workflow_instances");
        instance.HasIndex(i => new { i.DefinitionId, i.Version, i.Status });
        instance.Property(i => i.DefinitionId).HasMaxLength(64);
        instance.Property(i => i.Status).HasMaxLength(16);
        instance.Property(i => i.State).HasColumnType("jsonb");
    }
}
