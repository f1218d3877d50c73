namespace GridFlow.Accounts.Directory;

/// <summary>An account <see cref="UserDirectory.CandidatesAsync"/> found: the person, their region, and whether they came as a supervisor (else as an inspector).</summary>
public sealed record UserCandidate(UserContact User, Guid? RegionId, bool Supervisor);
