namespace GridFlow.Workflows.Core.Execution;

/// <summary>The working set of one stimulus: the state being changed, the paths still to run, and what happened.</summary>
internal sealed class StepRun(WorkflowDefinition definition, WorkflowInstanceState state, IReadOnlyDictionary<string, object?> issue, DateTimeOffset now)
{
    public WorkflowDefinition Definition { get; } = definition;

    public WorkflowInstanceState State { get; } = state;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Paths waiting to run: the activity reached and the connection it was reached over (null for the Start).</summary>
    public Queue<(Activity Activity, Connection? Via)> Pending { get; } = new();

    public List<JournalEntry> Journal { get; } = [];

    public List<UserTaskToOpen> OpenedTasks { get; } = [];

    public List<string> ClosedTasks { get; } = [];

    /// <summary>The notifications so far, each with how many tasks were opened before it.</summary>
    private List<(OutboxNotification Notification, int OpenedBefore)> Notifications { get; } = [];

    /// <summary>True when a task's completion (or expiry) set this step off.</summary>
    public bool CompletesTask { get; set; }

    public List<StatusChange> StatusChanges { get; } = [];

    public List<VariableChange> VariableChanges { get; } = [];

    /// <summary>The task a notification is about: the next one this step opened after it, else the completed one.</summary>
    private OutboxNotification AboutItsTask((OutboxNotification Notification, int OpenedBefore) sent) =>
        sent.OpenedBefore < OpenedTasks.Count
            ? sent.Notification with { OpenedTask = sent.OpenedBefore }
            : sent.Notification with { AboutCompletedTask = CompletesTask };

    /// <summary>What expressions see now: the issue as given, with the status the workflow has set since.</summary>
    public ExpressionScope Scope()
    {
        var facts = new Dictionary<string, object?>(issue, StringComparer.Ordinal);
        if (State.IssueStatus is { } status)
        {
            facts["status"] = status;
        }

        return new ExpressionScope(facts, State.Variables);
    }

    public void Log(Activity activity, string @event, string? outcome = null, System.Text.Json.Nodes.JsonNode? data = null) =>
        Journal.Add(new JournalEntry(Now, activity.Id, activity.Type, @event, outcome, Data: data));

    /// <summary>Sends the path on through every connection leaving <paramref name="port"/>.</summary>
    public void Follow(Activity from, string port)
    {
        foreach (var connection in Definition.Root.From(from.Id, port))
        {
            if (Definition.Root.Find(connection.Target.Activity) is { } target)
            {
                Pending.Enqueue((target, connection));
            }
        }
    }

    public void Notify(OutboxNotification notification) => Notifications.Add((notification, OpenedTasks.Count));

    public StepResult Finish()
    {
        var completed = State.OpenTasks.Count == 0;
        if (completed)
        {
            // A join still missing branches can never fire once nothing is open; drop its bookkeeping.
            State.Status = InstanceStatus.Completed;
            State.JoinArrivals.Clear();
        }

        return new StepResult(State, Journal, OpenedTasks, ClosedTasks, Notifications.Select(AboutItsTask).ToList(), StatusChanges, VariableChanges, completed);
    }
}
