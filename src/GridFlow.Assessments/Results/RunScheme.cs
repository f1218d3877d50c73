using GridFlow.Assessments.Scoring;

namespace GridFlow.Assessments.Results;

/// <summary>The scheme version a run applied, as the scorer reads it, and its name.</summary>
public sealed record RunScheme(SchemeRules Rules, string Name);
