using System.ComponentModel.DataAnnotations;

namespace GridFlow.Attachments.Options;

/// <summary>Upload settings (section <c>Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Largest file accepted, in bytes. Phone photos are a few MB; 10 MB leaves room without letting the table balloon.</summary>
    [Range(1024, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// The upload endpoint's request body limit: the file plus room for the multipart boundaries and
    /// part headers, so a file of exactly <see cref="MaxBytes"/> still gets through.
    /// </summary>
    public long MaxRequestBytes => MaxBytes + 64 * 1024;
}
