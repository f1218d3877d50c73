namespace GridFlow.Data.Workflows.Runtime;

internal sealed class WorkflowJournalEntryConfiguration : IEntityTypeConfiguration<WorkflowJournalEntry>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalEntry> entry)
    {
        entry.ToTable("workflow_journal");
        // The journal is read by issue only (an instance belongs to exactly one issue) and every engine step writes several
        // rows, so its one index is the key: (issue, id) is unique because id is, and a separate index on id alone
        // would cost an entry per row on the hot path for no reader.
        entry.HasKey(e => new { e.IssueId, e.Id });
        entry.Property(e => e.Id).UseIdentityByDefaultColumn();
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.ActivityId).HasMaxLength(64);
        entry.Property(e => e.ActivityType).HasMaxLength(64);
        entry.Property(e => e.Event).HasMaxLength(32);
        entry.Property(e => e.Outcome).HasMaxLength(64);
        entry.Property(e => e.Comment).HasMaxLength(4000);
        entry.Property(e => e.Data).HasColumnType("jsonb");
    }
}
