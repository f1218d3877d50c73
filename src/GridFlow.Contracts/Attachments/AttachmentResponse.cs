namespace GridFlow.Contracts.Attachments;

/// <summary>A stored upload: its id (for form photo fields), detected content type, size in bytes and where to fetch it.</summary>
public sealed record AttachmentResponse(string Id, string ContentType, long Size, string Url);
