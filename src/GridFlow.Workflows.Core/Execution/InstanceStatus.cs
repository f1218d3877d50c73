namespace GridFlow.Workflows.Core.Execution;

/// <summary>Whether an instance still has paths waiting on people.</summary>
public enum InstanceStatus
{
    Running,
    Completed,
}
