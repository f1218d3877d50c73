namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>
/// The reads of a sweep after it claimed its timers (<see cref="Persistence.TimerRows.ClaimAsync"/>). Their instances
/// are locked with <c>SKIP LOCKED</c> too, in id order: a sweep never waits for an instance lock, because a task
/// completion holds its instance lock and then deletes timer rows (the opposite order), so waiting here could
/// deadlock. A busy instance's timers stay pending for the next sweep.
/// </summary>
public static class TimerClaims
{
    /// <summary>Locks the instances that are free now, in id order; returns those locked.</summary>
    public static async Task<HashSet<Guid>> LockInstancesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> instanceIds, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction,
            "SELECT id FROM workflow_instances WHERE id = ANY($1) ORDER BY id FOR UPDATE SKIP LOCKED", (object)instanceIds.Distinct().ToArray());
        var locked = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var id = reader.GetOrdinal("id");
        while (await reader.ReadAsync(cancellationToken))
        {
            locked.Add(reader.GetGuid(id));
        }

        return locked;
    }

    /// <summary>The timers' tasks, read after their instances were locked, so the status is the committed truth.</summary>
    public static async Task<Dictionary<Guid, TaskTarget>> ReadTasksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<Guid> taskIds, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, """
            SELECT t.id, t.status, t.activity_id, s.region_id, s.county_id, s.city_id
            FROM workflow_tasks t JOIN issues s ON s.id = t.issue_id WHERE t.id = ANY($1)
            """, (object)taskIds.Distinct().ToArray());
        var tasks = new Dictionary<Guid, TaskTarget>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (id, status, activity) = (reader.GetOrdinal("id"), reader.GetOrdinal("status"), reader.GetOrdinal("activity_id"));
        var (township, county, city) = (reader.GetOrdinal("region_id"), reader.GetOrdinal("county_id"), reader.GetOrdinal("city_id"));
        while (await reader.ReadAsync(cancellationToken))
        {
            tasks[reader.GetGuid(id)] = new TaskTarget(
                reader.GetGuid(id), reader.GetString(status), reader.GetString(activity), reader.GetGuid(township), reader.GetGuid(county), reader.GetGuid(city));
        }

        return tasks;
    }
}
