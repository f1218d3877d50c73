using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Tasks;

/// <summary>One field of a task's form; <see cref="Min"/> (numbers), <see cref="Choices"/> (choice fields) and <see cref="RequiredFor"/> (outcomes that need it) only where they apply.</summary>
public sealed record FormFieldView(
    string Name,
    string Label,
    string Type,
    bool Required,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Min,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Choices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? RequiredFor = null);
