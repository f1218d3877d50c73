namespace GridFlow.Assessments.Patrols;

/// <summary>What finishing a patrol stored: its end, summary, the rules it broke and its track, so the answer to the upload need not read them back.</summary>
public sealed record FinishedPatrol(DateTimeOffset EndedAt, PatrolSummary Summary, IReadOnlyList<string> InvalidReasons, GeoJsonLineString? Track);
