namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>A timer's task as read after its instance was locked: whether it is open, and the regions for escalations.</summary>
public sealed record TaskTarget(Guid TaskId, string Status, string ActivityId, Guid TownshipId, Guid CountyId, Guid CityId)
{
    public bool IsOpen => Status == TaskStatuses.Open;

    /// <summary>The region whose supervisors handle an escalation at <paramref name="scope"/>.</summary>
    public Guid RegionFor(string? scope) => scope switch
    {
        RegionScopes.County => CountyId,
        RegionScopes.City => CityId,
        // A grid has no supervisors of its own: its township's handle it.
        _ => TownshipId,
    };
}
