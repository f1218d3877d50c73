namespace GridFlow.Data.Workflows.Management;

/// <summary>A category of environmental problem and the workflow definition its issues run on.</summary>
public class IssueCategory
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string WorkflowDefinitionId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
