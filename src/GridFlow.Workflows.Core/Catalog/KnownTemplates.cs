namespace GridFlow.Workflows.Core.Catalog;

/// <summary>
/// Notification template names a definition may use in <c>GridFlow.Notify</c>. The notification
/// delivery code keeps one Liquid template (zh-CN and English) per name listed here.
/// </summary>
public static class KnownTemplates
{
    public const string TaskAssigned = "task-assigned";
    public const string TaskReminder = "task-reminder";
    public const string TaskOverdue = "task-overdue";
    public const string IssueDispatched = "issue-dispatched";
    public const string IssueRejected = "issue-rejected";
    public const string IssueTransferred = "issue-transferred";
    public const string IssueEscalated = "issue-escalated";
    public const string VerificationFailed = "verification-failed";
    public const string IssueClosed = "issue-closed";
    public const string IssueReopened = "issue-reopened";
    public const string CityAlert = "city-alert";

    /// <summary>Every known template name.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TaskAssigned, TaskReminder, TaskOverdue, IssueDispatched, IssueRejected, IssueTransferred,
        IssueEscalated, VerificationFailed, IssueClosed, IssueReopened, CityAlert,
    };
}
