namespace GridFlow.Assessments.Scoring;

/// <summary>Every assessed inspector's facts, all read in one snapshot taken at <see cref="AsOf"/>.</summary>
public sealed record FactSnapshot(DateTimeOffset AsOf, IReadOnlyList<InspectorFacts> Inspectors);
