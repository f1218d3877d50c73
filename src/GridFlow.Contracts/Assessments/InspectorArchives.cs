using GridFlow.Contracts.Paging;

namespace GridFlow.Contracts.Assessments;

/// <summary>
/// An inspector's three archives (一员三档): the pollution sources of their grids (污染源档案), their patrols newest first
/// (日常巡查档案, one page with the total) and their study record (政策法规学习档案), newest first. The sources' item type is
/// the pollution-source contract once that change is merged; until then the list is empty.
/// </summary>
public sealed record InspectorArchives(
    IReadOnlyList<object> PollutionSources,
    PagedList<PatrolView> Patrols,
    IReadOnlyList<StudyRecord> Study);
