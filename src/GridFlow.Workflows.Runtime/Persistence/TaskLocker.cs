using GridFlow.Attachments.Contracts;

namespace GridFlow.Workflows.Runtime.Persistence;

/// <summary>
/// Locks the instance a task belongs to and reads the task and its issue, in one round trip. Every transition
/// of an instance takes this lock first, so transitions of one instance run one at a time and never deadlock;
/// the read runs after the lock is granted, so it sees what the previous holder committed. A completion also
/// passes the attachment ids its form names, and learns in the same round trip which of them exist (the
/// Attachments module publishes that statement for this purpose: <see cref="AttachmentIds.ExistingSql"/>).
/// </summary>
public static class TaskLocker
{
    public static async Task<LockedTask?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid taskId, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? attachmentIds = null)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        Sql.Add(batch, """
            SELECT id, definition_id, version, state::text AS state FROM workflow_instances
            WHERE id = (SELECT instance_id FROM workflow_tasks WHERE id = $1) FOR UPDATE
            """, taskId);
        Sql.Add(batch, $"""
            SELECT t.activity_id, t.status, t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role, t.assignee_region_id,
                {IssueRows.Columns}
            FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id WHERE t.id = $1
            """, taskId);
        if (attachmentIds is { Count: > 0 })
        {
            Sql.Add(batch, AttachmentIds.ExistingSql, (object)attachmentIds.ToArray());
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var instanceId = reader.GetGuid(reader.GetOrdinal("id"));
        var definitionId = reader.GetString(reader.GetOrdinal("definition_id"));
        var version = reader.GetInt32(reader.GetOrdinal("version"));
        var state = reader.GetString(reader.GetOrdinal("state"));
        await reader.NextResultAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var task = new LockedTask(
            taskId, instanceId, definitionId, version, state, reader.GetString(reader.GetOrdinal("activity_id")), reader.GetString(reader.GetOrdinal("status")),
            TaskRows.ReadAssignee(reader), IssueRows.Read(reader));
        var existing = new HashSet<Guid>();
        if (attachmentIds is { Count: > 0 } && await reader.NextResultAsync(cancellationToken))
        {
            existing = await AttachmentIds.ReadExistingAsync(reader, cancellationToken);
        }

        return task with { ExistingAttachments = existing };
    }
}
