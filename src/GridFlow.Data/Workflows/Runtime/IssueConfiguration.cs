namespace GridFlow.Data.Workflows.Runtime;

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> issue)
    {
        issue.HasIndex(i => i.Code).IsUnique();
        issue.HasIndex(i => i.RegionPath).HasOperators("text_pattern_ops");
        issue.HasIndex(i => new { i.GridId, i.ReportedAt });
        // Issue lists are newest first. For a county's or a city's list PostgreSQL walks this index and stops after a
        // page, instead of fetching and sorting every issue of the region (25,000 for a county: 40 ms a page); for a
        // township it still prefers the region_path index and sorts the few hundred it finds.
        issue.HasIndex(i => new { i.ReportedAt, i.Id }).IsDescending(true, false);
        // No index on status: every step of the workflow changes it, and with status unindexed (and room left on each
        // page) PostgreSQL updates the row in place (HOT) instead of adding an entry to each of the table's indexes.
        // Issue lists filter by region first (region_path), then by status.
        issue.HasStorageParameter("fillfactor", 85);
        issue.HasIndex(i => i.WorkflowInstanceId).IsUnique();
        // An inspector's reports by the time they were found: patrols link to them, assessments count them.
        issue.HasIndex(i => new { i.ReporterInspectorId, i.DiscoveredAt });
        // What a cross-check found: its issues, looked up by the cross-check.
        // The lists' date range (discovered from/to) and their sort by when an issue was found.
        issue.HasIndex(i => new { i.DiscoveredAt, i.Id });
        issue.HasIndex(i => i.CrossCheckId).HasFilter("cross_check_id IS NOT NULL");
        issue.Property(i => i.Kind).HasMaxLength(16).HasDefaultValue("issue");
        issue.Property(i => i.DesignatedUserId).HasMaxLength(450);
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
