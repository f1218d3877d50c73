namespace GridFlow.Server.Tests.Attachments;

/// <summary>The JSON an upload answers with, as a client sees it.</summary>
public sealed record UploadedAttachment(string Id, string ContentType, long Size, string Url);
