using GridFlow.Contracts.Tasks;

namespace GridFlow.Data.Workflows.Runtime;

internal sealed class WorkflowTaskConfiguration : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> task)
    {
        task.ToTable("workflow_tasks");
        // Vacuumed after 2 % of its rows changed or were added instead of 20 %: the inbox counts a long inbox from its
        // index alone only where the visibility map is current, and this table changes with every step of every issue.
        task.HasStorageParameter("autovacuum_vacuum_scale_factor", 0.02);
        task.HasStorageParameter("autovacuum_vacuum_insert_scale_factor", 0.02);
        task.HasStorageParameter("autovacuum_analyze_scale_factor", 0.02);
        // The inbox: one index per kind of assignee, in the inbox's order, so a page is read from the front of each
        // index and the count from the index alone, however long the inbox (see TaskQueries).
        task.HasIndex(t => new { t.AssigneeUserId, t.Status, t.DueAt, t.CreatedAt, t.Id })
            .HasFilter("assignee_user_id IS NOT NULL").HasDatabaseName("ix_workflow_tasks_inbox_user");
        task.HasIndex(t => new { t.AssigneeInspectorId, t.Status, t.DueAt, t.CreatedAt, t.Id })
            .HasFilter("assignee_inspector_id IS NOT NULL").HasDatabaseName("ix_workflow_tasks_inbox_inspector");
        task.HasIndex(t => new { t.AssigneeRole, t.AssigneeRegionId, t.Status, t.DueAt, t.CreatedAt, t.Id })
            .HasFilter("assignee_role IS NOT NULL").HasDatabaseName("ix_workflow_tasks_inbox_role");
        task.HasIndex(t => new { t.IssueId, t.CreatedAt });
        // At most one open task per activity of an instance: the engine merges paths into an open task.
        task.HasIndex(t => new { t.InstanceId, t.ActivityId }).IsUnique().HasFilter($"status = '{TaskStatuses.Open}'").HasDatabaseName("ix_workflow_tasks_one_open_per_activity");
        task.Property(t => t.ActivityId).HasMaxLength(64);
        task.Property(t => t.Name).HasMaxLength(256);
        task.Property(t => t.AssigneeRule).HasMaxLength(32);
        task.Property(t => t.AssigneeUserId).HasMaxLength(450);
        task.Property(t => t.AssigneeRole).HasMaxLength(32);
        task.Property(t => t.Status).HasMaxLength(16);
        task.Property(t => t.Outcomes).HasColumnType("jsonb");
        task.Property(t => t.Form).HasColumnType("jsonb");
        task.Property(t => t.Data).HasColumnType("jsonb");
        task.Property(t => t.CompletedBy).HasMaxLength(256);
        task.Property(t => t.Outcome).HasMaxLength(64);
        task.Property(t => t.Comment).HasMaxLength(4000);
    }
}
