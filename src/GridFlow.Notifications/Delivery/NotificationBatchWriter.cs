namespace GridFlow.Notifications.Delivery;

/// <summary>
/// <see cref="NotificationWriter"/> for many recipients at once: the notifications in one <c>INSERT … SELECT unnest</c>,
/// the mails of those that were new in another, so 20,000 inspectors cost two statements, not 40,000 round trips. The
/// same uniqueness holds: one notification per (outbox id, user), one mail per notification.
/// </summary>
public static class NotificationBatchWriter
{
    private const string NotificationsSql = """
        INSERT INTO notifications (id, user_id, outbox_id, kind, subject, body, issue_id, task_id, created_at)
        SELECT n.id, n.user_id, n.outbox_id, n.kind, n.subject, n.body, NULL, NULL, $7
        FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS n(id, user_id, outbox_id, kind, subject, body)
        ON CONFLICT (outbox_id, user_id) DO NOTHING
        RETURNING id
        """;

    private const string EmailsSql = $"""
        INSERT INTO email_messages (id, notification_id, user_id, "to", subject, body, status, attempts, created_at, next_attempt_at)
        SELECT m.id, m.notification_id, m.user_id, m.address, m.subject, m.body, '{EmailStatuses.Pending}', 0, $7, $7
        FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS m(id, notification_id, user_id, address, subject, body)
        ON CONFLICT (notification_id) DO NOTHING
        """;

    /// <summary>Writes the drafts that are new (issue and task ids are not written: these are not about one issue); returns how many were.</summary>
    public static async Task<int> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<NotificationDraft> drafts, Func<NotificationDraft, bool> email, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = drafts.Select(_ => Guid.CreateVersion7()).ToArray();
        var created = new HashSet<Guid>();
        await using (var command = Sql.Command(connection, transaction, NotificationsSql,
            ids, drafts.Select(d => d.Recipient.UserId).ToArray(), drafts.Select(d => d.OutboxId).ToArray(), drafts.Select(d => d.Kind).ToArray(),
            drafts.Select(d => Sql.Fit(d.Message.Subject, 512)).ToArray(), drafts.Select(d => d.Message.Body).ToArray(), now))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                created.Add(reader.GetGuid(0));
            }
        }

        var mails = drafts.Select((d, i) => (Draft: d, Id: ids[i]))
            .Where(m => created.Contains(m.Id) && !string.IsNullOrWhiteSpace(m.Draft.Recipient.Email) && email(m.Draft)).ToList();
        if (mails.Count > 0)
        {
            await Sql.ExecuteAsync(connection, transaction, cancellationToken, EmailsSql,
                mails.Select(_ => Guid.CreateVersion7()).ToArray(), mails.Select(m => m.Id).ToArray(), mails.Select(m => m.Draft.Recipient.UserId).ToArray(),
                mails.Select(m => Sql.Fit(m.Draft.Recipient.Email!, 256)).ToArray(), mails.Select(m => Sql.Fit(m.Draft.Message.Subject, 512)).ToArray(),
                mails.Select(m => m.Draft.Message.Body).ToArray(), now);
        }

        return created.Count;
    }
}
