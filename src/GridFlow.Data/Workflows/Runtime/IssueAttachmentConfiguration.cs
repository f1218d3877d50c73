namespace GridFlow.Data.Workflows.Runtime;

internal sealed class IssueAttachmentConfiguration : IEntityTypeConfiguration<IssueAttachment>
{
    public void Configure(EntityTypeBuilder<IssueAttachment> link)
    {
        link.ToTable("issue_attachments");
        // Read by attachment (may this caller see it?); an issue's photos are few and found through its tasks.
        link.HasKey(l => new { l.AttachmentId, l.IssueId });
    }
}
