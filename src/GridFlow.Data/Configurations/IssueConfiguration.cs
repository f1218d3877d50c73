using GridFlow.Data.Entities.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GridFlow.Data.Configurations;

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> issue)
    {
        issue.HasIndex(i => i.Code).IsUnique();
        issue.HasIndex(i => i.RegionPath).HasOperators("text_pattern_ops");
        issue.HasIndex(i => new { i.GridId, i.ReportedAt });
        issue.HasIndex(i => new { i.Status, i.ReportedAt });
        issue.HasIndex(i => i.WorkflowInstanceId).IsUnique();
        issue.Property(i => i.Code).HasMaxLength(32);
        issue.Property(i => i.Category).HasMaxLength(64);
        issue.Property(i => i.Description).HasMaxLength(4000);
        issue.Property(i => i.Address).HasMaxLength(512);
        issue.Property(i => i.Source).HasMaxLength(16);
        issue.Property(i => i.ReportedBy).HasMaxLength(450);
        issue.Property(i => i.RegionPath).HasMaxLength(256);
        issue.Property(i => i.Status).HasMaxLength(32);
    }
}
