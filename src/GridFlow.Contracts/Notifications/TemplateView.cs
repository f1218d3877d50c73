namespace GridFlow.Contracts.Notifications;

/// <summary>A notification template in force; <see cref="Customised"/> when a designer's version replaces the shipped one.</summary>
public sealed record TemplateView(
    string Name,
    string Culture,
    string Subject,
    string Body,
    bool Customised,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy);
