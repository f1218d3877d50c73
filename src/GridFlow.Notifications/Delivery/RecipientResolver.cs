using GridFlow.Data.Entities;
using GridFlow.Notifications.Data;
using GridFlow.Workflows.Core.Catalog;
using Npgsql;

namespace GridFlow.Notifications.Delivery;

/// <summary>
/// Turns an outbox row's recipients rule into users, at delivery time and relative to the issue: the grid's
/// inspector, the officers or supervisors of the issue's township, county or city, a named user, the task's
/// current assignee, or a role in a region. A cross-check notification goes to the township officers, who
/// arrange the cross-check.
/// </summary>
public static class RecipientResolver
{
    private const string UserColumns = "u.id, u.user_name, u.display_name, u.email";

    private const string InRoleAndRegion = $"""
        SELECT {UserColumns} FROM "AspNetUsers" u
        JOIN "AspNetUserRoles" ur ON ur.user_id = u.id
        JOIN "AspNetRoles" r ON r.id = ur.role_id
        WHERE r.name = $1 AND u.region_id = $2
        ORDER BY u.user_name
        """;

    public static async Task<IReadOnlyList<Recipient>> ResolveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, RecipientRule rule, IssueFacts? issue, TaskFacts? task, CancellationToken cancellationToken)
    {
        switch (rule.Rule)
        {
            case AssigneeRules.User:
                return await QueryAsync(connection, transaction, cancellationToken,
                    $"""SELECT {UserColumns} FROM "AspNetUsers" u WHERE u.normalized_user_name = upper($1)""", rule.UserName);
            case RecipientRule.RoleInRegion:
                return rule.Role is null || rule.RegionId is null
                    ? throw new UndeliverableException("The role rule needs role and regionId.")
                    : await QueryAsync(connection, transaction, cancellationToken, InRoleAndRegion, rule.Role, rule.RegionId);
            case RecipientRule.TaskAssignee:
                return task is null ? throw new UndeliverableException("taskAssignee needs a task.") : await AssigneeAsync(connection, transaction, task, cancellationToken);
        }

        if (issue is null)
        {
            throw new UndeliverableException($"The rule {rule.Rule} needs an issue.");
        }

        return rule.Rule switch
        {
            AssigneeRules.GridInspector => await QueryAsync(connection, transaction, cancellationToken, $"""
                SELECT {UserColumns} FROM "AspNetUsers" u JOIN grids g ON g.inspector_id = u.inspector_id WHERE g.id = $1
                """, issue.GridId),
            AssigneeRules.TownshipOfficers or AssigneeRules.CrossCheckInspector =>
                await QueryAsync(connection, transaction, cancellationToken, InRoleAndRegion, Roles.TownshipOfficer, issue.TownshipId),
            AssigneeRules.CountySupervisors => await QueryAsync(connection, transaction, cancellationToken, InRoleAndRegion, Roles.CountySupervisor, issue.CountyId),
            AssigneeRules.CitySupervisors => await QueryAsync(connection, transaction, cancellationToken, InRoleAndRegion, Roles.CitySupervisor, issue.CityId),
            _ => throw new UndeliverableException($"Unknown recipients rule '{rule.Rule}'."),
        };
    }

    private static async Task<IReadOnlyList<Recipient>> AssigneeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TaskFacts task, CancellationToken cancellationToken)
    {
        if (task.AssigneeUserId is { } userId)
        {
            return await QueryAsync(connection, transaction, cancellationToken, $"""SELECT {UserColumns} FROM "AspNetUsers" u WHERE u.id = $1""", userId);
        }

        if (task.AssigneeInspectorId is { } inspectorId)
        {
            return await QueryAsync(connection, transaction, cancellationToken, $"""SELECT {UserColumns} FROM "AspNetUsers" u WHERE u.inspector_id = $1""", inspectorId);
        }

        return task.AssigneeRole is { } role && task.AssigneeRegionId is { } region
            ? await QueryAsync(connection, transaction, cancellationToken, InRoleAndRegion, role, region)
            : [];
    }

    private static async Task<IReadOnlyList<Recipient>> QueryAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken, string sql, params object?[] values)
    {
        await using var command = Sql.Command(connection, transaction, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recipients = new List<Recipient>();
        while (await reader.ReadAsync(cancellationToken))
        {
            recipients.Add(new Recipient(reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return recipients;
    }
}
