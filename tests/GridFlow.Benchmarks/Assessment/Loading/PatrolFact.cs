using GridFlow.Assessments.Patrols;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>A generated finished patrol: who, when, its track (EWKB) and the summary the app's own rule gave it.</summary>
public sealed record PatrolFact(
    Guid Id, int Inspector, DateTime StartedAt, DateTime EndedAt, TrackPoint[] Points, byte[] Track, PatrolSummary Summary, List<string> Reasons);
