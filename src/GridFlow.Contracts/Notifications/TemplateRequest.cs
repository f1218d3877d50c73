namespace GridFlow.Contracts.Notifications;

/// <summary>A designer's version of a template: Liquid for a one-line subject and a plain-text body.</summary>
public sealed record TemplateRequest(
    [property: Required, StringLength(512, MinimumLength = 1)] string? Subject,
    [property: Required, StringLength(100_000, MinimumLength = 1)] string? Body);
