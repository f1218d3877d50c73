namespace GridFlow.Workflows.Runtime.Statistics;

/// <summary>The issue list's filters that the map's statistics take too (each null: any).</summary>
public sealed record StatsFilter(string? Status, string? Category, bool? Overdue, string? Source, Guid? GridId)
{
    private static readonly string[] Sources = [IssueSources.CrossCheck, IssueSources.Patrol, IssueSources.Public, IssueSources.Supervisor];

    public static StatsFilter None { get; } = new(null, null, null, null, null);

    /// <summary>Errors naming a status or source that does not exist (a category may be any code: an unknown one counts nothing).</summary>
    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Status is { } status && !IssueStatuses.All.Contains(status))
        {
            errors["status"] = [$"Unknown status '{status}'; one of {string.Join(", ", IssueStatuses.All.Order(StringComparer.Ordinal))}."];
        }

        if (Source is { } source && !Sources.Contains(source))
        {
            errors["source"] = [$"Unknown source '{source}'; one of {string.Join(", ", Sources)}."];
        }

        return errors.Count > 0 ? errors : null;
    }
}
