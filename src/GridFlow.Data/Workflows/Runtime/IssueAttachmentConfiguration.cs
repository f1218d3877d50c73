namespace GridFlow.Data.Workflows.Runtime;

internal sealed class IssueAttachmentConfiguration : IEntityTypeConfiguration<IssueAttachment>
{
    public void Configure(EntityTypeBuilder<IssueAttachment> link)
    {
        link.ToTable("issue_attachments");
        // Read by attachment (may this caller see it?).
        link.HasKey(l => new { l.AttachmentId, l.IssueId });
        // And by issue: the issue's page shows its photos.
        link.HasIndex(l => l.IssueId);
    }
}
