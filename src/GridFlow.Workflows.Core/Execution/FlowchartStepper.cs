namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// The pure heart of the runtime. Given a definition, an instance state and a stimulus, it runs the automatic
/// activities until every path waits on a user task or has ended, and returns what to write. It never touches
/// the caller's state: on any exception (an <see cref="ExpressionException"/> or a
/// <see cref="WorkflowExecutionException"/>) nothing has changed and the runtime can record an incident.
/// Thread-safe; one instance serves the whole process.
/// </summary>
/// <remarks>
/// Semantics: a path reaching a user task opens it unless it is already open (then the paths merge); a Fork
/// sends a path down every branch; a Join fires once a path has arrived over each of its incoming connections,
/// then forgets them, so a loop can pass it again; an End ends its path only. The instance completes when no
/// user task is open after a step.
/// </remarks>
public sealed class FlowchartStepper(ExpressionEvaluator expressions, WorkingDayCalendar calendar, StepperOptions? options = null)
{
    private readonly StepperOptions options = options ?? new StepperOptions();

    /// <summary>Starts an instance for a reported issue: runs from the Start up to the first user tasks.</summary>
    /// <param name="definition">The definition version the instance runs on.</param>
    /// <param name="issue">Facts about the issue that expressions see as <c>issue</c> (category, severity, source, reportCount…).</param>
    /// <param name="now">The current instant; deadlines are computed from it.</param>
    /// <param name="variables">Values the instance starts with beyond the definition's initial ones (a case's due time), or null.</param>
    public StepResult Start(WorkflowDefinition definition, IReadOnlyDictionary<string, object?> issue, DateTimeOffset now, IReadOnlyDictionary<string, JsonNode?>? variables = null)
    {
        var start = definition.Root.Activities.OfType<StartActivity>().FirstOrDefault()
            ?? throw new InvalidWorkflowDefinitionException([new WorkflowProblem("/root/activities", "There is no GridFlow.Start activity.")]);
        var run = new StepRun(definition, WorkflowInstanceState.Initial(definition, variables), issue, now);
        run.Pending.Enqueue((start, null));
        Drain(run);
        return run.Finish();
    }

    /// <summary>
    /// Completes an open user task and runs on. Throws <see cref="TaskNotOpenException"/>,
    /// <see cref="InvalidOutcomeException"/> or <see cref="FormValidationException"/> when the completion is refused.
    /// Checking that the actor may act on the task is the runtime's job.
    /// </summary>
    public StepResult Complete(WorkflowDefinition definition, WorkflowInstanceState state, TaskCompletion completion, IReadOnlyDictionary<string, object?> issue, DateTimeOffset now)
    {
        var task = OpenTask(definition, state, completion.ActivityId);
        if (!task.Outcomes.Contains(completion.Outcome))
        {
            throw new InvalidOutcomeException(task.Id, completion.Outcome, task.Outcomes);
        }

        var errors = FormValidator.Validate(task.Form, completion.Data, completion.Outcome);
        if (errors.Count > 0)
        {
            throw new FormValidationException(task.Id, errors);
        }

        return Resume(definition, state, task, completion, issue, now);
    }

    /// <summary>
    /// Completes a task with its <c>timeoutOutcome</c> because its due time passed (a <see cref="TimerKind.Timeout"/>
    /// timer fired). The form is not checked: nobody filled it.
    /// </summary>
    public StepResult Expire(WorkflowDefinition definition, WorkflowInstanceState state, string activityId, IReadOnlyDictionary<string, object?> issue, DateTimeOffset now)
    {
        var task = OpenTask(definition, state, activityId);
        var outcome = task.TimeoutOutcome ?? throw new InvalidOutcomeException(task.Id, "(timeout)", task.Outcomes);
        return Resume(definition, state, task, new TaskCompletion(task.Id, outcome, options.SystemActor), issue, now);
    }

    private static UserTaskActivity OpenTask(WorkflowDefinition definition, WorkflowInstanceState state, string activityId) =>
        state.OpenTasks.Contains(activityId) && definition.Root.Find(activityId) is UserTaskActivity task
            ? task
            : throw new TaskNotOpenException(activityId);

    private StepResult Resume(WorkflowDefinition definition, WorkflowInstanceState state, UserTaskActivity task, TaskCompletion completion, IReadOnlyDictionary<string, object?> issue, DateTimeOffset now)
    {
        var run = new StepRun(definition, state.Clone(), issue, now) { CompletesTask = true };
        run.State.OpenTasks.Remove(task.Id);
        run.ClosedTasks.Add(task.Id);
        run.Journal.Add(new JournalEntry(now, task.Id, task.Type, JournalEvents.TaskCompleted, completion.Outcome, completion.Actor, completion.Comment, completion.Data?.DeepClone()));
        run.Follow(task, completion.Outcome);
        Drain(run);
        return run.Finish();
    }

    private void Drain(StepRun run)
    {
        for (var steps = 0; run.Pending.TryDequeue(out var path); steps++)
        {
            if (steps >= options.MaxStepsPerStimulus)
            {
                throw new WorkflowRunawayException(options.MaxStepsPerStimulus);
            }

            Execute(run, path.Activity, path.Via);
        }
    }

    private void Execute(StepRun run, Activity activity, Connection? via)
    {
        switch (activity)
        {
            case StartActivity:
                Done(run, activity, Ports.Done);
                break;
            case UserTaskActivity task:
                OpenTask(run, task);
                break;
            case DecisionActivity decision:
                Done(run, activity, expressions.EvaluateCondition(decision.Id, decision.Condition, run.Scope()) ? Ports.True : Ports.False);
                break;
            case SwitchActivity @switch:
                var scope = run.Scope();
                var match = @switch.Cases.FirstOrDefault(c => expressions.EvaluateCondition(@switch.Id, c.Condition, scope));
                Done(run, activity, match?.Name ?? Ports.Default);
                break;
            case SetVariableActivity set:
                var value = expressions.EvaluateValue(set.Id, set.Value, run.Scope());
                run.State.Variables[set.Variable] = value;
                run.VariableChanges.Add(new VariableChange(set.Id, set.Variable, value?.DeepClone()));
                Done(run, activity, Ports.Done, new JsonObject { [set.Variable] = value?.DeepClone() });
                break;
            case SetStatusActivity status:
                run.StatusChanges.Add(new StatusChange(status.Id, run.State.IssueStatus, status.Status));
                run.State.IssueStatus = status.Status;
                Done(run, activity, Ports.Done, JsonValue.Create(status.Status));
                break;
            case NotifyActivity notify:
                run.Notify(new OutboxNotification(notify.Id, notify.Recipients, notify.Template));
                Done(run, activity, Ports.Done, JsonValue.Create(notify.Template));
                break;
            case ForkActivity fork:
                run.Log(fork, JournalEvents.Executed);
                foreach (var branch in fork.Branches)
                {
                    run.Follow(fork, branch);
                }

                break;
            case JoinActivity join:
                Arrive(run, join, via);
                break;
            case EndActivity:
                run.Log(activity, JournalEvents.PathEnded);
                break;
        }
    }

    private static void Done(StepRun run, Activity activity, string port, JsonNode? data = null)
    {
        run.Log(activity, JournalEvents.Executed, port, data);
        run.Follow(activity, port);
    }

    private void OpenTask(StepRun run, UserTaskActivity task)
    {
        if (run.State.OpenTasks.Contains(task.Id))
        {
            run.Log(task, JournalEvents.TaskAlreadyOpen);
            return;
        }

        run.State.OpenTasks.Add(task.Id);
        var opened = TimerPlan.Open(task, run.Now, calendar, run.State.Variables);
        run.OpenedTasks.Add(opened);
        run.Log(task, JournalEvents.TaskOpened, data: opened.DueAt is { } due ? JsonValue.Create(due) : null);
    }

    private static void Arrive(StepRun run, JoinActivity join, Connection? via)
    {
        var arrived = run.State.JoinArrivals.TryGetValue(join.Id, out var list) ? list : run.State.JoinArrivals[join.Id] = [];
        if (via is not null && !arrived.Contains(via.Key))
        {
            arrived.Add(via.Key);
        }

        var incoming = run.Definition.Root.Into(join.Id).Select(c => c.Key).Distinct().ToList();
        if (incoming.All(arrived.Contains))
        {
            run.State.JoinArrivals.Remove(join.Id);
            Done(run, join, Ports.Done);
        }
        else
        {
            run.Log(join, JournalEvents.JoinWaiting, data: new JsonArray([.. arrived.Select(a => JsonValue.Create(a))]));
        }
    }
}
