namespace GridFlow.Workflows.Core.Models;

/// <summary>
/// A field of a user task's form. <see cref="Min"/> is the smallest number for <c>number</c> fields and the
/// fewest attachments for <c>photos</c> fields; <see cref="Choices"/> applies to <c>choice</c> fields.
/// </summary>
public sealed record FormField(
    string Name,
    string Label,
    FormFieldType Type,
    bool Required,
    decimal? Min = null,
    IReadOnlyList<string>? Choices = null);
