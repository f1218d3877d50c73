namespace GridFlow.Workflows.Core.Models;

/// <summary>
/// A field of a user task's form. <see cref="Min"/> is the smallest number for <c>number</c> fields and the
/// fewest attachments for <c>photos</c> fields; <see cref="Choices"/> applies to <c>choice</c> fields.
/// <see cref="RequiredFor"/> names outcomes that need the field although it is not <see cref="Required"/> for all of
/// them: an appeal's points are needed to uphold it, not to refuse it.
/// </summary>
public sealed record FormField(
    string Name,
    string Label,
    FormFieldType Type,
    bool Required,
    decimal? Min = null,
    IReadOnlyList<string>? Choices = null,
    IReadOnlyList<string>? RequiredFor = null)
{
    /// <summary>Must the field be filled when the task is completed with <paramref name="outcome"/>?</summary>
    public bool IsRequiredFor(string? outcome) => Required || (outcome is not null && RequiredFor?.Contains(outcome) == true);
}
