using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>A patrol with its track: the finished track, or the points so far while it is recording (left out with fewer than two).</summary>
public sealed record PatrolDetail : PatrolView
{
    public PatrolDetail(PatrolView patrol, GeoJsonLineString? track)
        : base(patrol)
    {
        Track = track;
    }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GeoJsonLineString? Track { get; }
}
