using System.Security.Cryptography;
using System.Text;
using GridFlow.Contracts.Accounts;
using GridFlow.Regions.Directory;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Runtime.Instances;

namespace GridFlow.Notifications.Jobs;

/// <summary>
/// The daily digest (recurring job <c>supervisor-digest</c>): each city and county supervisor with overdue open
/// issues in their region gets one notification (kind <c>supervisor-digest</c>) and, unless turned off, one mail
/// listing them. The notifications of one day share an id derived from the date in place of an outbox row, so the
/// (outbox, user) uniqueness makes a retried or repeated run that day add nothing.
/// </summary>
public sealed partial class SupervisorDigestJob(
    NpgsqlDataSource database,
    UserDirectory users,
    RegionDirectory regions,
    IssueQueries issues,
    IWorkflowDefinitionStore categories,
    LiquidRenderer renderer,
    TemplateModels models,
    TimeProvider clock,
    ILogger<SupervisorDigestJob> logger) : IRecurringJob
{
    public const string Name = "supervisor-digest";

    /// <summary>08:00 in Asia/Shanghai; the job registry reads crons as UTC.</summary>
    public const string DefaultCron = "0 0 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var date = models.Local(now, "yyyy-MM-dd");
        var digestId = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{Name}:{date}")));
        var supervisors = await SupervisorsAsync(cancellationToken);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var templates = await TemplateStore.LoadAsync(connection, transaction, cancellationToken);
        var template = templates.Find(Name, models.Culture)!;
        var emailOff = await NotificationWriter.EmailOffAsync(connection, transaction, Name, supervisors.Select(s => s.User.UserId), cancellationToken);
        var sent = 0;
        foreach (var supervisor in supervisors)
        {
            var overdue = await OverdueAsync(supervisor.RegionPath, cancellationToken);
            if (overdue.Count == 0)
            {
                continue;
            }

            var message = await renderer.RenderAsync(template, new Dictionary<string, object?>
            {
                ["kind"] = Name,
                ["recipient"] = new RecipientModel(supervisor.User.DisplayName, supervisor.User.UserName),
                ["region"] = supervisor.RegionName,
                ["date"] = date,
                ["issues"] = overdue,
                ["baseUrl"] = models.BaseUrl,
            });
            var draft = new NotificationDraft(supervisor.User, digestId, Name, message, null, null);
            if (await NotificationWriter.WriteAsync(connection, transaction, draft, !emailOff.Contains(supervisor.User.UserId), now, cancellationToken))
            {
                sent++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        LogDigest(logger, date, sent);
    }

    /// <summary>Every city and county supervisor with a region, each once (a user with both roles watches the wider region).</summary>
    private async Task<List<Supervisor>> SupervisorsAsync(CancellationToken cancellationToken)
    {
        var supervisors = new List<Supervisor>();
        foreach (var (user, regionId) in await users.WithRegionInRolesAsync([Roles.CitySupervisor, Roles.CountySupervisor], cancellationToken))
        {
            if (await regions.FindAsync(regionId, cancellationToken) is { } region)
            {
                supervisors.Add(new Supervisor(user, region.Name, region.Path));
            }
        }

        return supervisors;
    }

    private async Task<List<DigestIssueModel>> OverdueAsync(string regionPath, CancellationToken cancellationToken)
    {
        var overdue = new List<DigestIssueModel>();
        foreach (var issue in await issues.OverdueAsync(regionPath, 500, cancellationToken))
        {
            var category = await categories.GetCategoryNameAsync(issue.Category, cancellationToken) ?? issue.Category;
            overdue.Add(new DigestIssueModel(issue.Code, category, issue.Description, issue.Status, models.IssueLink(issue.Id)));
        }

        return overdue;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervisor digest of {Date}: {Count} supervisors notified")]
    private static partial void LogDigest(ILogger logger, string date, int count);
}
