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
        // No index on status: every step of the workflow changes it, and with status unindexed (and room left on each
        // page) PostgreSQL updates the row in place (HOT) instead of adding an entry to each of the table's indexes.
        // Issue lists filter by region first (region_path), then by status.
        issue.HasStorageParameter("fillfactor", 85);
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
