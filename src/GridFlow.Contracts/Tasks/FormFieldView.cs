namespace GridFlow.Contracts.Tasks;

public sealed record FormFieldView(string Name, string Label, string Type, bool Required, decimal? Min, IReadOnlyList<string>? Choices);
