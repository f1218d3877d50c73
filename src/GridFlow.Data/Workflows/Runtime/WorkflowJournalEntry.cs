namespace GridFlow.Data.Workflows.Runtime;

/// <summary>One line of an issue's journal: an activity ran, a task opened or was completed.</summary>
public class WorkflowJournalEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid IssueId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Actor { get; set; }

    public required string ActivityId { get; set; }

    public required string ActivityType { get; set; }

    public required string Event { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    public string? Data { get; set; }
}
