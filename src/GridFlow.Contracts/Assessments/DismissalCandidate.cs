namespace GridFlow.Contracts.Assessments;

/// <summary>
/// An inspector a run puts on the dismissal list: failing in this run and the monthly runs just before it (the scheme's
/// <c>dismissal.consecutiveFailing</c> months in a row), or failing a whole year. <c>failingRuns</c> is newest first.
/// Being on the list changes nothing: a supervisor confirms a dismissal.
/// </summary>
public sealed record DismissalCandidate(string InspectorId, string InspectorName, string RegionId, IReadOnlyList<string> FailingRuns);
