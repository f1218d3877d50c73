namespace GridFlow.Data.Attachments;

/// <summary>An uploaded photo (JPEG, PNG or WebP, checked by content), referenced by id from form data.</summary>
public class Attachment
{
    public Guid Id { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public string? FileName { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
