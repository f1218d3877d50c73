using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>A recorded check-in at a source, with how far from the source it was made (metres, geodesic, one decimal).</summary>
public sealed record PollutionSourceCheckInView(
    string Id,
    string SourceId,
    DateTimeOffset At,
    double Lat,
    double Lon,
    double Meters,
    IReadOnlyList<string> Photos,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Notes,
    string CheckedBy);
