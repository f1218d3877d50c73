using GridFlow.Attachments.Contracts;
using GridFlow.Workflows.Runtime.Assignment;
using Npgsql;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Locks the instance a task belongs to and reads the task and its issue, in one round trip. Every transition
/// of an instance takes this lock first, so transitions of one instance run one at a time and never deadlock;
/// the read runs after the lock is granted, so it sees what the previous holder committed. A completion also
/// passes the attachment ids its form names, and learns in the same round trip which of them exist.
/// </summary>
public static class TaskLocker
{
    public static async Task<LockedTask?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid taskId, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? attachmentIds = null)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        StepCommands.Add(batch, """
            SELECT id, definition_id, version, state::text FROM workflow_instances
            WHERE id = (SELECT instance_id FROM workflow_tasks WHERE id = $1) FOR UPDATE
            """, taskId);
        StepCommands.Add(batch, $"""
            SELECT t.activity_id, t.status, t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role, t.assignee_region_id,
                {IssueRows.Columns}
            FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id WHERE t.id = $1
            """, taskId);
        if (attachmentIds is { Count: > 0 })
        {
            StepCommands.Add(batch, AttachmentIds.ExistingSql, attachmentIds.ToArray());
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var (instanceId, definitionId, version, state) = (reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3));
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var assignee = new ResolvedAssignee(
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetGuid(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetGuid(6));
        var task = new LockedTask(taskId, instanceId, definitionId, version, state, reader.GetString(0), reader.GetString(1), assignee, IssueRows.Read(reader, 7));
        var existing = new HashSet<Guid>();
        if (attachmentIds is { Count: > 0 } && await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add(reader.GetGuid(0));
            }
        }

        return task with { ExistingAttachments = existing };
    }
}
