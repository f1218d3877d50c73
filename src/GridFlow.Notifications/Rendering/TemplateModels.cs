using GridFlow.Workflows.Core.Catalog;
using GridFlow.Workflows.Management.Contracts;

namespace GridFlow.Notifications.Rendering;

/// <summary>Builds the variables a template sees (see Templates/README.md) and formats times in the configured zone.</summary>
public sealed class TemplateModels(IOptions<NotificationsOptions> options, IWorkflowDefinitionStore categories, IWorkingCalendarProvider calendars)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string BaseUrl { get; } = options.Value.BaseUrl.TrimEnd('/');

    public string Culture => options.Value.DefaultCulture;

    public string Local(DateTimeOffset at, string format = "yyyy-MM-dd HH:mm") => TimeZoneInfo.ConvertTime(at, zone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The issue's page in the console, absolute: a mail is read outside GridFlow.</summary>
    public string IssueLink(string issueId) => $"{BaseUrl}{IssuePath(issueId)}";

    /// <summary>The issue's page in the console (api.md, "Web pages"), as the in-app notification links it: relative to the console the user is in.</summary>
    public static string IssuePath(string issueId) => $"/issues/{issueId}";

    /// <summary>
    /// The escalation as templates see it, with how long its task was overdue when it was raised; null when the notice
    /// names no escalation. The task's due time is read at delivery, which follows the raising within a second or so.
    /// </summary>
    public async Task<EscalationModel?> ForEscalationAsync(EscalationNotice? escalation, TaskFacts? task, CancellationToken cancellationToken)
    {
        if (escalation is null)
        {
            return null;
        }

        var overdue = task?.DueAt is { } due ? OverdueTime.Between(due, escalation.RaisedAt, await calendars.GetAsync(cancellationToken)) : default;
        return new EscalationModel(escalation.Id.ToString(), escalation.Card, escalation.Level, Local(escalation.RaisedAt), overdue.Days, overdue.Hours, overdue.Minutes);
    }

    /// <summary>The issue as templates see it, with its category's name (its code when the category is gone).</summary>
    public async Task<IssueModel?> ForIssueAsync(IssueFacts? facts, CancellationToken cancellationToken)
    {
        if (facts is null)
        {
            return null;
        }

        var issue = facts.Issue;
        var category = await categories.GetCategoryNameAsync(issue.Category, cancellationToken) ?? issue.Category;
        return new IssueModel(issue.Id.ToString(), issue.Code, category, issue.Category, facts.Description, facts.Address, issue.Status);
    }

    /// <summary>What a template of <paramref name="kind"/> in <paramref name="culture"/> sees, with made-up values: to try a designer's template before saving it.</summary>
    public Dictionary<string, object?> Sample(string kind, string? culture = null)
    {
        var recipient = new UserContact("sample", "li.ming", "李明", null);
        if (kind == TemplateNames.SupervisorDigest)
        {
            return new Dictionary<string, object?>
            {
                ["kind"] = kind,
                ["recipient"] = new RecipientModel(recipient.DisplayName, recipient.UserName),
                ["region"] = "东昌府区",
                ["date"] = "2026-03-02",
                ["issues"] = Enumerable.Range(1, 3).Select(i => new DigestIssueModel($"20260302-00000{i}", "扬尘", "工地扬尘未覆盖", "rectifying", IssueLink("sample"))).ToList(),
                ["baseUrl"] = BaseUrl,
            };
        }

        if (kind == TemplateNames.AssessmentResult)
        {
            return ForResult(kind, new Results.ResultNotice(Guid.Empty, "网格员月度考核", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
                new Results.InspectorResultNotice(Guid.Empty, 86.5m, "良好", 1.0m, 3, 12), recipient);
        }

        var issue = new IssueModel("sample", "20260302-000001", "扬尘", "dust", "工地扬尘未覆盖 / uncovered dust", "古楼街道 1 号", "dispatched");
        var task = new TaskFacts(Guid.Empty, "整改 Rectify", DateTimeOffset.UnixEpoch.AddDays(20514), new GridFlow.Workflows.Runtime.Assignment.ResolvedAssignee("townshipOfficers", null, null, null, null));
        // A red card two working days and three hours late, so a designer's escalation template is tried on a card.
        var escalation = kind == KnownTemplates.IssueEscalated ? new EscalationModel("sample", EscalationCards.Red, 2, "2026-03-04 12:00", 2, 3, 0) : null;
        return ForNotification(kind, issue, task, recipient, culture ?? Culture, escalation);
    }

    /// <summary>
    /// What a workflow notification's template in <paramref name="culture"/> sees. The task's name is the one in that
    /// language (<see cref="LocalizedName"/>), so a zh-CN mail never says "受理派单 Accept and dispatch".
    /// </summary>
    public Dictionary<string, object?> ForNotification(string kind, IssueModel? issue, TaskFacts? task, UserContact recipient, string culture, EscalationModel? escalation = null)
    {
        var deadline = task?.DueAt is { } due ? Local(due) : null;
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["issue"] = issue,
            ["task"] = task is null ? null : new TaskModel(task.Id.ToString(), LocalizedName.For(task.Name, culture), deadline),
            ["escalation"] = escalation,
            ["deadline"] = deadline,
            ["baseUrl"] = BaseUrl,
            ["link"] = issue is null ? BaseUrl : IssueLink(issue.Id),
            ["recipient"] = new RecipientModel(recipient.DisplayName, recipient.UserName),
        };
    }

    /// <summary>What the <c>assessment-result</c> template sees: the run, the result and the link to the scorecard.</summary>
    public Dictionary<string, object?> ForResult(string kind, Results.ResultNotice run, Results.InspectorResultNotice result, UserContact recipient) => new()
    {
        ["kind"] = kind,
        ["run"] = new RunModel(run.RunId.ToString(), run.SchemeName, run.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), run.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ["result"] = new ResultModel(
            result.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), result.Grade, result.Pay.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
            result.RankInTownship, result.RankInCounty),
        ["baseUrl"] = BaseUrl,
        ["link"] = ScorecardLink(run.RunId, result.InspectorId),
        ["recipient"] = new RecipientModel(recipient.DisplayName, recipient.UserName),
    };

    /// <summary>The scorecard's address: the API's, as no console page shows a scorecard yet.</summary>
    public string ScorecardLink(Guid runId, Guid inspectorId) => $"{BaseUrl}/api/assessment-runs/{runId}/results/{inspectorId}";
}
