namespace GridFlow.Workflows.Runtime.Escalations;

/// <summary>
/// The filters and order of <c>GET /api/escalations</c>: <paramref name="RegionPath"/> is the path of the
/// <c>regionId</c> asked for (its issues and those below it); <paramref name="Sort"/> is raisedAt, dueAt or level.
/// </summary>
public sealed record EscalationFilter(
    string? Status, int? Level, string? Card = null, string? RegionPath = null, string? Category = null, string Sort = EscalationFilter.RaisedAt, bool Descending = true,
    DateTimeOffset? RaisedFrom = null, DateTimeOffset? RaisedBefore = null, string? Kind = null)
{
    public const string RaisedAt = "raisedAt";
    public const string DueAt = "dueAt";
    public const string LevelSort = "level";

    public static IReadOnlyList<string> Sorts { get; } = [RaisedAt, DueAt, LevelSort];
}
