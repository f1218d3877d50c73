using System.Text.Json.Serialization;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// A pollution source of the archive. <c>lastVisitedAt</c> is the latest visit: the end of a valid patrol of its grid whose
/// track passed near it, or a check-in at it with a photo (left out when it was never visited); <c>overdue</c> is true when
/// more than <c>visitEveryDays</c> have passed since then (or since it was recorded).
/// </summary>
public sealed record PollutionSourceView(
    string Id,
    string GridId,
    string Name,
    string Kind,
    double Lat,
    double Lon,
    bool Key,
    int VisitEveryDays,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? LastVisitedAt,
    bool Overdue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Notes,
    IReadOnlyList<string> Photos,
    DateTimeOffset CreatedAt);
