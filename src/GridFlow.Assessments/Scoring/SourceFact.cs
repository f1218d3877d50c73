namespace GridFlow.Assessments.Scoring;

/// <summary>A key pollution source and its visits (valid patrols passing near it under the scheme's rule, check-ins), oldest first.</summary>
public sealed record SourceFact(Guid Id, Guid GridId, string Name, int EveryDays, DateTimeOffset CreatedAt, IReadOnlyList<DateTimeOffset> Visits);
