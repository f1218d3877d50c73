using GridFlow.Notifications.Delivery;
using GridFlow.Notifications.Options;
using Microsoft.Extensions.Options;

namespace GridFlow.Notifications.Rendering;

/// <summary>Builds the variables a template sees (see Templates/README.md) and formats times in the configured zone.</summary>
public sealed class ModelBuilder(IOptions<NotificationsOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string BaseUrl { get; } = options.Value.BaseUrl.TrimEnd('/');

    public string Culture => options.Value.DefaultCulture;

    public string Local(DateTimeOffset at, string format = "yyyy-MM-dd HH:mm") => TimeZoneInfo.ConvertTime(at, zone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    public string IssueLink(string issueId) => $"{BaseUrl}/issues/{issueId}";

    public Dictionary<string, object?> ForNotification(string kind, IssueFacts? issue, TaskFacts? task, Recipient recipient)
    {
        var deadline = task?.DueAt is { } due ? Local(due) : null;
        return new Dictionary<string, object?>
        {
            ["kind"] = kind,
            ["issue"] = issue?.Model,
            ["task"] = task is null ? null : new TaskModel(task.Id.ToString(), task.Name, deadline),
            ["deadline"] = deadline,
            ["baseUrl"] = BaseUrl,
            ["link"] = issue is null ? BaseUrl : IssueLink(issue.Model.Id),
            ["recipient"] = new RecipientModel(recipient.DisplayName, recipient.UserName),
        };
    }
}
