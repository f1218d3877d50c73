using GridFlow.Regions.Directory;
using GridFlow.Workflows.Runtime.Contracts;

namespace GridFlow.Assessments.Scoring;

/// <summary>
/// Everything one inspector is scored on in one period: the grids they held (and when), and the facts of each kind.
/// <see cref="Trainings"/> are those held for a region containing the inspector's; <see cref="Sources"/> the key sources
/// of their grids.
/// </summary>
public sealed record InspectorFacts(
    RosterInspector Inspector,
    IReadOnlyList<GridTenure> Tenures,
    IReadOnlyList<PatrolFact> Patrols,
    IReadOnlyList<ReportFact> Reports,
    IReadOnlyList<ScoredMissedReport> MissedReports,
    IReadOnlyList<LateTaskFact> LateTasks,
    IReadOnlyList<EscalationFact> Escalations,
    IReadOnlyList<TrainingFact> Trainings,
    IReadOnlyList<SourceFact> Sources,
    IReadOnlyList<AdjustmentFact> Adjustments)
{
    public IReadOnlyList<Guid> GridIds => Tenures.Select(t => t.GridId).Distinct().ToList();
}
