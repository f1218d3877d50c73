using System.Security.Cryptography;
using System.Text;
using GridFlow.Data.Entities;
using GridFlow.Notifications.Data;
using GridFlow.Notifications.Delivery;
using GridFlow.Notifications.Rendering;
using GridFlow.Scheduling.Jobs;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GridFlow.Notifications.Jobs;

/// <summary>
/// The daily digest (recurring job <c>supervisor-digest</c>): each city and county supervisor with overdue open
/// issues in their region gets one notification (kind <c>supervisor-digest</c>) and, unless turned off, one mail
/// listing them. The notifications of one day share an id derived from the date in place of an outbox row, so the
/// (outbox, user) uniqueness makes a retried or repeated run that day add nothing.
/// </summary>
public sealed partial class SupervisorDigestJob(
    NpgsqlDataSource database, LiquidRenderer renderer, ModelBuilder models, TimeProvider clock, ILogger<SupervisorDigestJob> logger) : IRecurringJob
{
    public const string Name = "supervisor-digest";

    /// <summary>08:00 in Asia/Shanghai; the job registry reads crons as UTC.</summary>
    public const string DefaultCron = "0 0 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var date = models.Local(now, "yyyy-MM-dd");
        var digestId = new Guid(MD5.HashData(Encoding.UTF8.GetBytes($"{Name}:{date}")));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var templates = await TemplateStore.LoadAsync(connection, transaction, cancellationToken);
        var template = templates.Find(Name, models.Culture)!;
        var supervisors = await SupervisorsAsync(connection, transaction, cancellationToken);
        var emailOff = await NotificationWriter.EmailOffAsync(connection, transaction, Name, supervisors.Select(s => s.User.UserId), cancellationToken);
        var sent = 0;
        foreach (var supervisor in supervisors)
        {
            var issues = await OverdueAsync(connection, transaction, supervisor.RegionPath, cancellationToken);
            if (issues.Count == 0)
            {
                continue;
            }

            var message = await renderer.RenderAsync(template, new Dictionary<string, object?>
            {
                ["kind"] = Name,
                ["recipient"] = new RecipientModel(supervisor.User.DisplayName, supervisor.User.UserName),
                ["region"] = supervisor.RegionName,
                ["date"] = date,
                ["issues"] = issues,
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

    private static async Task<List<Supervisor>> SupervisorsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT DISTINCT ON (u.id) u.id, u.user_name, u.display_name, u.email, g.name, g.path
            FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur.user_id = u.id
            JOIN "AspNetRoles" r ON r.id = ur.role_id
            JOIN regions g ON g.id = u.region_id
            WHERE r.name = ANY($1)
            ORDER BY u.id, length(g.path)
            """, (object)new[] { Roles.CitySupervisor, Roles.CountySupervisor });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var supervisors = new List<Supervisor>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var user = new Recipient(reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            supervisors.Add(new Supervisor(user, reader.GetString(4), reader.GetString(5)));
        }

        return supervisors;
    }

    private async Task<List<DigestIssueModel>> OverdueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string regionPath, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT i.id, i.code, coalesce(c.name, i.category), i.description, i.status
            FROM issues i LEFT JOIN issue_categories c ON c.code = i.category
            WHERE i.overdue AND i.status NOT IN ('closed', 'rejected', 'transferred') AND starts_with(i.region_path, $1)
            ORDER BY i.reported_at, i.id
            LIMIT 500
            """, regionPath);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var issues = new List<DigestIssueModel>();
        while (await reader.ReadAsync(cancellationToken))
        {
            issues.Add(new DigestIssueModel(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), models.IssueLink(reader.GetGuid(0).ToString())));
        }

        return issues;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Supervisor digest of {Date}: {Count} supervisors notified")]
    private static partial void LogDigest(ILogger logger, string date, int count);
}
