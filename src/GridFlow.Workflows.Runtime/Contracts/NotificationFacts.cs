namespace GridFlow.Workflows.Runtime.Contracts;

/// <summary>
/// The runtime's answer to "what is this outbox row about": the issue and the task a notification names, read in the
/// delivery's own transaction (Notifications holds its claim on the row meanwhile; a second connection could wait
/// on a pool that deliveries like this one hold).
/// </summary>
public static class NotificationFacts
{
    public static async Task<IssueFacts?> IssueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid issueId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, $"""
            SELECT {IssueRows.Columns}, s.description, s.address FROM issues s WHERE s.id = $1
            """, issueId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var address = reader.GetOrdinal("address");
        return new IssueFacts(IssueRows.Read(reader), reader.GetString(reader.GetOrdinal("description")), reader.IsDBNull(address) ? null : reader.GetString(address));
    }

    public static async Task<TaskFacts?> TaskAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid taskId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT t.id, t.name, t.due_at, t.assignee_rule, t.assignee_user_id, t.assignee_inspector_id, t.assignee_role, t.assignee_region_id
            FROM workflow_tasks t WHERE t.id = $1
            """, taskId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var due = reader.GetOrdinal("due_at");
        return new TaskFacts(
            reader.GetGuid(reader.GetOrdinal("id")), reader.GetString(reader.GetOrdinal("name")),
            reader.IsDBNull(due) ? null : reader.GetFieldValue<DateTimeOffset>(due), TaskRows.ReadAssignee(reader));
    }

    /// <summary>
    /// The escalation an <c>issue-escalated</c> notice is about, read by the notice's outbox id (the raising timer's id);
    /// null for a notice a definition sent by itself (a second failed verification), which names no card.
    /// </summary>
    public static async Task<EscalationNotice?> EscalationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid outboxId, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT id, card, level, raised_at FROM escalations WHERE timer_id = $1", outboxId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new EscalationNotice(reader.GetGuid(0), outboxId, reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3))
            : null;
    }

    /// <summary>
    /// The escalations of many notices at once, by their outbox ids (for a page of in-app notifications): escalations are
    /// kept, so a notice names its card for as long as the notice itself is kept.
    /// </summary>
    public static async Task<Dictionary<Guid, EscalationNotice>> EscalationsAsync(GridFlowDbContext db, IReadOnlyCollection<Guid> outboxIds, CancellationToken cancellationToken)
    {
        if (outboxIds.Count == 0)
        {
            return [];
        }

        return await db.Escalations.AsNoTracking().Where(e => outboxIds.Contains(e.TimerId))
            .Select(e => new EscalationNotice(e.Id, e.TimerId, e.Card, e.Level, e.RaisedAt))
            .ToDictionaryAsync(e => e.TimerId, cancellationToken);
    }
}
