namespace GridFlow.Benchmarks.Lifecycle.Contracts;

/// <summary>The id from <c>POST /api/attachments</c>, what photo form fields take.</summary>
public sealed record AttachmentAnswer(string Id);
