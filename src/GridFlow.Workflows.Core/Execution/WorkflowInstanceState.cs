namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// Everything the stepper needs to resume an instance, designed to be stored as one JSON document next to
/// the instance row: the variables, the user tasks that are open (by activity id), which incoming branches
/// each join has seen, and the issue's public status as the workflow last set it.
/// </summary>
public sealed class WorkflowInstanceState
{
    /// <summary>Running until no path is left.</summary>
    public InstanceStatus Status { get; set; } = InstanceStatus.Running;

    /// <summary>The public status last set by <c>GridFlow.SetStatus</c>, or null before the first.</summary>
    public string? IssueStatus { get; set; }

    /// <summary>The current variable values.</summary>
    public Dictionary<string, JsonNode?> Variables { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Activity ids of the open user tasks (at most one open task per activity).</summary>
    public List<string> OpenTasks { get; init; } = [];

    /// <summary>Per join activity id, the keys (<see cref="Connection.Key"/>) of the incoming branches that have arrived.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; init; } = new(StringComparer.Ordinal);

    /// <summary>A fresh state with the definition's initial variable values, overridden by <paramref name="overrides"/> when given.</summary>
    public static WorkflowInstanceState Initial(WorkflowDefinition definition, IReadOnlyDictionary<string, JsonNode?>? overrides = null)
    {
        var state = new WorkflowInstanceState();
        foreach (var variable in definition.Variables)
        {
            state.Variables[variable.Name] = variable.Value?.DeepClone();
        }

        foreach (var (name, value) in overrides ?? new Dictionary<string, JsonNode?>())
        {
            state.Variables[name] = value?.DeepClone();
        }

        return state;
    }

    /// <summary>A deep copy, so a failed step leaves the caller's state untouched.</summary>
    public WorkflowInstanceState Clone() => new()
    {
        Status = Status,
        IssueStatus = IssueStatus,
        Variables = Variables.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal),
        OpenTasks = [.. OpenTasks],
        JoinArrivals = JoinArrivals.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal),
    };
}
