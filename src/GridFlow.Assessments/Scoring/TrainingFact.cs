namespace GridFlow.Assessments.Scoring;

/// <summary>A training or exam of the period, held for the inspectors under <see cref="RegionPath"/>, with who attended.</summary>
public sealed record TrainingFact(Guid Id, string Title, string Kind, DateTimeOffset HeldAt, string RegionPath, IReadOnlySet<Guid> Attendees);
