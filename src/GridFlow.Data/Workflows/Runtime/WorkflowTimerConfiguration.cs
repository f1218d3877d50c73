namespace GridFlow.Data.Workflows.Runtime;

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> timer)
    {
        timer.ToTable("workflow_timers");
        // The sweep's index: only pending timers, by due time.
        timer.HasIndex(t => t.DueAt).HasFilter($"status = '{TimerStatuses.Pending}'").HasDatabaseName("ix_workflow_timers_pending_due");
        // Closing a task cancels its pending timers; only pending ones are ever looked up by task, and a partial
        // index keeps the planner from intersecting the task's few entries with every pending timer.
        timer.HasIndex(t => t.TaskId).HasFilter($"status = '{TimerStatuses.Pending}'").HasDatabaseName("ix_workflow_timers_pending_task");
        timer.Property(t => t.Kind).HasMaxLength(16);
        timer.Property(t => t.Role).HasMaxLength(32);
        timer.Property(t => t.Scope).HasMaxLength(16);
        timer.Property(t => t.Card).HasMaxLength(16);
        timer.Property(t => t.Outcome).HasMaxLength(64);
        timer.Property(t => t.Rest).HasColumnType("jsonb");
        timer.Property(t => t.Status).HasMaxLength(16);
        timer.Property(t => t.LeaseOwner).HasMaxLength(128);
    }
}
