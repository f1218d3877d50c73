using GridFlow.Contracts.Tasks;

namespace GridFlow.Contracts.Issues;

public sealed record IssueDetail(
    string Id,
    string Code,
    string Category,
    string Description,
    double Lat,
    double Lon,
    string? Address,
    string Source,
    DateTimeOffset DiscoveredAt,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    string Status,
    string GridId,
    string RegionId,
    bool Overdue,
    int EscalationLevel,
    string WorkflowInstanceId,
    IReadOnlyList<TaskView> OpenTasks,
    IReadOnlyList<JournalEntryView> Journal,
    IReadOnlyList<IncidentView> Incidents,
    string Kind = CaseKinds.Issue,
    string? CrossCheckId = null,
    IReadOnlyList<string>? Photos = null);
