namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>
/// One sweep: in ONE transaction, claims up to a batch of due timers, locks their instances, applies every
/// timer's effect, and marks the timers fired (or cancelled when their task is no longer open). A node that dies
/// mid-sweep rolls back and its timers are free for the next sweep anywhere; a committed sweep has written each
/// effect with its timer's new status, so nothing fires twice.
/// </summary>
public sealed class TimerSweep(NpgsqlDataSource database, TaskCompleter completer, TimeProvider clock, IOptions<TimerOptions> options)
{
    private long sweptUpToTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>This node's name in <c>workflow_timers.lease_owner</c>: machine, process, and which host in the process.</summary>
    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// The "now" of the last sweep that completed on this node: every timer due by then that was free to claim has
    /// fired (up to a batch). Tests that move the clock wait for it instead of sleeping.
    /// </summary>
    public DateTimeOffset SweptUpTo => new(Interlocked.Read(ref sweptUpToTicks), TimeSpan.Zero);

    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = await SweepAsync(now, cancellationToken);
        Interlocked.Exchange(ref sweptUpToTicks, now.UtcTicks);
        return result;
    }

    private async Task<SweepResult> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await TimerRows.ClaimAsync(connection, transaction, now, settings.BatchSize, settings.LeaseSeconds, cancellationToken);
        if (claimed.Count == 0)
        {
            return SweepResult.Empty;
        }

        var locked = await TimerClaims.LockInstancesAsync(connection, transaction, claimed.Select(t => t.InstanceId), cancellationToken);
        var ready = claimed.Where(t => locked.Contains(t.InstanceId)).ToList();
        var effects = new TimerEffects(now, Node);
        // Timeouts first: they complete tasks, and the other timers of a task completed here must not fire.
        foreach (var timer in ready.Where(t => t.Rung.Kind == TimerKind.Timeout))
        {
            if (await completer.ExpireAsync(connection, transaction, timer.TaskId, now, cancellationToken))
            {
                effects.MarkFired(timer.Id);
            }
            else
            {
                effects.Cancel(timer.Id);
            }
        }

        var others = ready.Where(t => t.Rung.Kind != TimerKind.Timeout).ToList();
        var tasks = await TimerClaims.ReadTasksAsync(connection, transaction, others.Select(t => t.TaskId), cancellationToken);
        foreach (var timer in others)
        {
            if (tasks.TryGetValue(timer.TaskId, out var task) && task.IsOpen)
            {
                effects.Fire(timer, task);
            }
            else
            {
                effects.Cancel(timer.Id);
            }
        }

        var batch = new NpgsqlBatch(connection, transaction);
        effects.AddTo(batch);
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var lateness = ready.Count == 0 ? TimeSpan.Zero : now - ready.Min(t => t.Rung.DueAt);
        return new SweepResult(claimed.Count, effects.Fired, effects.Cancelled, claimed.Count - ready.Count, lateness);
    }
}
