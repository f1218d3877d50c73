namespace GridFlow.Accounts.Directory;

/// <summary>
/// Which enabled accounts <see cref="UserDirectory.CandidatesAsync"/> lists: inspectors (other than
/// <see cref="ExceptInspectorId"/>) whose region is one of <see cref="InspectorRegionIds"/> (null: anywhere), and holders of
/// one of <see cref="SupervisorRoles"/> whose region is one of <see cref="SupervisorRegionIds"/>; <see cref="Search"/>
/// matches the display or user name.
/// </summary>
public sealed record CandidateQuery(
    Guid? ExceptInspectorId,
    IReadOnlyCollection<Guid>? InspectorRegionIds,
    IReadOnlyCollection<string> SupervisorRoles,
    IReadOnlyCollection<Guid> SupervisorRegionIds,
    string? Search,
    int Skip,
    int Take);
