namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>
/// What the engine knows of a case (an issue, or a cross-check or appeal: <see cref="Kind"/>) while it runs a step:
/// where it is, who reported or started it, whom it is for (<see cref="DesignatedUserId"/>), how it stands.
/// </summary>
public sealed record IssueContext(
    Guid Id,
    string Code,
    string Category,
    string Source,
    string Status,
    Guid GridId,
    Guid TownshipId,
    Guid CountyId,
    Guid CityId,
    string RegionPath,
    string ReportedBy,
    Guid? ReporterInspectorId,
    int EscalationLevel,
    bool Overdue,
    string Kind = CaseKinds.Issue,
    string? DesignatedUserId = null)
{
    /// <summary>The <c>issue</c> object expressions see.</summary>
    public IReadOnlyDictionary<string, object?> Facts() => new Dictionary<string, object?>
    {
        ["id"] = Id.ToString(),
        ["code"] = Code,
        ["category"] = Category,
        ["source"] = Source,
        ["status"] = Status,
        ["escalationLevel"] = EscalationLevel,
        ["overdue"] = Overdue,
        ["kind"] = Kind,
    };
}
