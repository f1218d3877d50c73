namespace GridFlow.Workflows.Runtime.Contracts;

public sealed record FormFieldView(string Name, string Label, string Type, bool Required, decimal? Min, IReadOnlyList<string>? Choices);
