namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>A user task of the lifecycle: what every task of that activity copies (name, rule, outcomes, form as jsonb text).</summary>
public sealed record TaskTemplate(string ActivityId, string Name, string AssigneeRule, string OutcomesJson, string FormJson);
