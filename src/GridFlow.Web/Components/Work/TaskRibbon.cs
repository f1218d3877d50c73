using GridFlow.Contracts.Tasks;

namespace GridFlow.Web.Components.Work;

/// <summary>
/// The colour of an inbox row, as Flowable's task list draws it: overdue (red) before due soon (amber, within
/// <c>Console:DueSoonHours</c>) before unassigned (held by a role, not a person: blue-grey); otherwise none.
/// </summary>
public enum TaskRibbon
{
    None,
    Unassigned,
    DueSoon,
    Overdue,
}

/// <summary>Which ribbon an open task wears at a moment; done and cancelled tasks wear none.</summary>
public static class TaskRibbons
{
    public static TaskRibbon Of(TaskView task, DateTimeOffset now, TimeSpan dueSoon) => task switch
    {
        { Status: not TaskStatuses.Open } => TaskRibbon.None,
        { DueAt: { } due } when due <= now => TaskRibbon.Overdue,
        { DueAt: { } due } when due <= now + dueSoon => TaskRibbon.DueSoon,
        { Assignee: { UserId: null, InspectorId: null } } => TaskRibbon.Unassigned,
        _ => TaskRibbon.None,
    };

    /// <summary>The ribbon's name in markup and CSS (<c>gf-ribbon-overdue</c>, <c>data-ribbon="overdue"</c>).</summary>
    public static string Name(this TaskRibbon ribbon) => ribbon switch
    {
        TaskRibbon.Overdue => "overdue",
        TaskRibbon.DueSoon => "due-soon",
        TaskRibbon.Unassigned => "unassigned",
        _ => "none",
    };
}
