namespace GridFlow.Data.Workflows.Runtime;

/// <summary>
/// A photo an issue uses: written when a task's completion names it in a photo field, so that whoever may see the
/// issue may see the photo (and nobody else but its uploader).
/// </summary>
public class IssueAttachment
{
    public Guid AttachmentId { get; set; }

    public Guid IssueId { get; set; }
}
