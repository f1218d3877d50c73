namespace GridFlow.Notifications.Delivery;

/// <summary>
/// Writes one user's in-app notification and, when they get email for the kind, their pending mail. The
/// notification is unique per (outbox row, user) and the mail per notification, so writing twice adds nothing.
/// </summary>
public static class NotificationWriter
{
    /// <summary>The users among <paramref name="userIds"/> who turned email off for <paramref name="kind"/>.</summary>
    public static async Task<HashSet<string>> EmailOffAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        await using var command = Sql.Command(connection, transaction,
            "SELECT user_id FROM notification_preferences WHERE kind = $1 AND NOT email AND user_id = ANY($2)", kind, ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var off = new HashSet<string>(StringComparer.Ordinal);
        var userId = reader.GetOrdinal("user_id");
        while (await reader.ReadAsync(cancellationToken))
        {
            off.Add(reader.GetString(userId));
        }

        return off;
    }

    /// <summary>Returns true when the notification was new (and so its mail, if any, was queued now).</summary>
    public static async Task<bool> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NotificationDraft draft, bool email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await using (var command = Sql.Command(connection, transaction, """
            INSERT INTO notifications (id, user_id, outbox_id, kind, subject, body, issue_id, task_id, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (outbox_id, user_id) DO NOTHING
            RETURNING id
            """, id, draft.Recipient.UserId, draft.OutboxId, draft.Kind, Sql.Fit(draft.Message.Subject, 512), draft.Message.Body, Sql.Uuid(draft.IssueId), Sql.Uuid(draft.TaskId), now))
        {
            if (await command.ExecuteScalarAsync(cancellationToken) is null)
            {
                return false;
            }
        }

        if (email && !string.IsNullOrWhiteSpace(draft.Recipient.Email))
        {
            await Sql.ExecuteAsync(connection, transaction, cancellationToken, $"""
                INSERT INTO email_messages (id, notification_id, user_id, "to", subject, body, status, attempts, created_at, next_attempt_at)
                VALUES ($1, $2, $3, $4, $5, $6, '{EmailStatuses.Pending}', 0, $7, $7)
                ON CONFLICT (notification_id) DO NOTHING
                """, Guid.CreateVersion7(), id, draft.Recipient.UserId, Sql.Fit(draft.Recipient.Email, 256), Sql.Fit(draft.Message.Subject, 512), draft.Message.Body, now);
        }

        return true;
    }
}
