using GridFlow.Contracts.Assessments;

namespace GridFlow.Web.Components.Assessment;

/// <summary>The start-a-run form's fields: a scheme, a period (last month by default) and optionally a region.</summary>
public sealed class RunDraft
{
    public string? SchemeId { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public string? RegionId { get; set; }

    public string Kind { get; set; } = RunKinds.Facts;

    /// <summary>Last whole month before <paramref name="today"/>, the period a supervisor most often runs again.</summary>
    public static RunDraft LastMonth(DateOnly today, string? schemeId)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new RunDraft { SchemeId = schemeId, From = first.ToDateTime(TimeOnly.MinValue), To = first.AddMonths(1).AddDays(-1).ToDateTime(TimeOnly.MinValue) };
    }

    public StartRunRequest ToRequest() =>
        new(SchemeId, From is { } from ? DateOnly.FromDateTime(from) : null, To is { } to ? DateOnly.FromDateTime(to) : null,
            Guid.TryParse(RegionId, out var region) ? region : null, Kind);
}
