using GridFlow.Contracts.Paging;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// An inspector's three archives (一员三档): the pollution sources of their grids (污染源档案), their patrols newest first
/// (日常巡查档案, one page with the total) and their study record (政策法规学习档案), newest first.
/// </summary>
public sealed record InspectorArchives(
    IReadOnlyList<PollutionSourceView> PollutionSources,
    PagedList<PatrolView> Patrols,
    IReadOnlyList<StudyRecord> Study);
