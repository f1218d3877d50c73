namespace GridFlow.Data.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.Property(a => a.ContentType).HasMaxLength(64);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.FileName).HasMaxLength(256);
        attachment.Property(a => a.UploadedBy).HasMaxLength(450);
    }
}
