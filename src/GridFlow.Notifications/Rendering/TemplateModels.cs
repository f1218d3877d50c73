using GridFlow.Workflows.Management.Contracts;

namespace GridFlow.Notifications.Rendering;

/// <summary>Builds the variables a template sees (see Templates/README.md) and formats times in the configured zone.</summary>
public sealed class TemplateModels(IOptions<NotificationsOptions> options, IWorkflowDefinitionStore categories)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string BaseUrl { get; } = options.Value.BaseUrl.TrimEnd('/');

    public string Culture => options.Value.DefaultCulture;

    public string Local(DateTimeOffset at, string format = "yyyy-MM-dd HH:mm") => TimeZoneInfo.ConvertTime(at, zone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    public string IssueLink(string issueId) => $"{BaseUrl}/issues/{issueId}";

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

    /// <summary>What a template of <paramref name="kind"/> sees, with made-up values: to try a designer's template before saving it.</summary>
    public Dictionary<string, object?> Sample(string kind)
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
        return ForNotification(kind, issue, task, recipient);
    }

    public Dictionary<string, object?> ForNotification(string kind, IssueModel? issue, TaskFacts? task, UserContact recipient)
    {
        var deadline = task?.DueAt is { } due ? Local(due) : null;
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["issue"] = issue,
            ["task"] = task is null ? null : new TaskModel(task.Id.ToString(), task.Name, deadline),
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
