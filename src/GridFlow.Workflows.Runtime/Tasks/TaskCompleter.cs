using GridFlow.Attachments.Contracts;
using GridFlow.Workflows.Runtime.Scoping;

namespace GridFlow.Workflows.Runtime.Tasks;

/// <summary>
/// Completes a task: under the instance's lock, checks the task is still open and the caller is its assignee,
/// runs the engine from the chosen outcome, and commits every effect in one transaction. Of two completions
/// racing for one task, the second waits for the lock, then finds the task done: 409. A timeout takes the same
/// path (<see cref="ExpireAsync"/>), as a completion by the system actor.
/// </summary>
public sealed class TaskCompleter(
    NpgsqlDataSource database,
    IWorkflowDefinitionStore definitions,
    IWorkingCalendarProvider calendars,
    WorkflowEngine engine,
    StepApplier applier,
    IncidentRecorder incidents,
    GridSpatialIndex grids,
    TimeProvider clock)
{
    /// <summary>
    /// Completes the task for <paramref name="caller"/>. With <paramref name="retryOf"/> set (an admin or designer retrying
    /// a failed completion) the completion is replayed as its original actor without the assignee check, and the
    /// incident is resolved in the same transaction.
    /// </summary>
    public async Task<RuntimeResult<CompleteTaskResponse>> CompleteAsync(
        Caller caller, Guid taskId, CompleteTaskRequest request, CancellationToken cancellationToken, IncidentRetry? retryOf = null)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var task = await TaskLocker.LockAsync(connection, transaction, taskId, cancellationToken, PhotoCandidates(request));
        if (task is null)
        {
            return RuntimeFailure.NotFound("Task");
        }

        if (retryOf is null && !task.Assignee.Includes(caller))
        {
            var issue = task.Issue;
            return IssueVisibility.CanSee(caller, issue.RegionPath, issue.GridId, issue.ReportedBy, await grids.GetSnapshotAsync(cancellationToken))
                ? RuntimeFailure.Forbidden("Only the task's assignee can complete it.")
                : RuntimeFailure.NotFound("Task");
        }

        if (task.Status != TaskStatuses.Open)
        {
            return RuntimeFailure.Conflict($"The task is already {task.Status}.");
        }

        var definition = await DefinitionOfAsync(task, cancellationToken);
        var now = clock.GetUtcNow();
        var actor = retryOf?.Actor ?? caller.UserName;
        var completion = new TaskCompletion(task.ActivityId, request.Outcome!, actor, request.Data, request.Comment);
        StepResult step;
        var stepper = engine.Stepper(await calendars.GetAsync(cancellationToken));
        try
        {
            step = stepper.Complete(definition, EngineJson.ReadState(task.StateJson), completion, task.Issue.Facts(), now);
        }
        catch (TaskNotOpenException)
        {
            return RuntimeFailure.Conflict("The task is no longer open.");
        }
        catch (InvalidOutcomeException ex)
        {
            return RuntimeFailure.Conflict($"'{ex.Outcome}' is not an outcome of this task; it has: {string.Join(", ", ex.Outcomes)}.");
        }
        catch (FormValidationException ex)
        {
            return RuntimeFailure.Invalid(ex.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The definition failed (an expression, a deadline it cannot compute): the task stays as it was, with an incident.
            await transaction.RollbackAsync(cancellationToken);
            var stimulus = new IncidentStimulus(IncidentStimulus.CompleteKind, actor, taskId, request.Outcome, request.Comment, request.Data);
            var incident = await incidents.RecordAsync(connection, task.InstanceId, task.Issue.Id, ex, stimulus, cancellationToken);
            return new RuntimeFailure(500, "The workflow failed; the task was left as it was.", ex.Message, IncidentId: incident);
        }

        var (photos, missing) = Photos(definition, task, request);
        if (missing.Count > 0)
        {
            return RuntimeFailure.Invalid(missing);
        }

        var batch = new NpgsqlBatch(connection, transaction);
        var done = new TaskDone(taskId, actor, request.Outcome!, request.Comment, request.Data?.ToJsonString());
        await applier.AddAsync(batch, task.InstanceId, task.Issue, step, done, actor, now, cancellationToken);
        IssueAttachmentRows.Link(batch, task.Issue.Id, photos);
        if (retryOf is not null)
        {
            IncidentRecorder.Resolve(batch, retryOf.IncidentId, caller.UserName, now);
        }

        // By instance, not issue (the same tasks): the partial index of open tasks per instance answers it directly.
        Sql.Add(batch, TaskRows.OpenOfInstance, task.InstanceId);
        Sql.AddCommit(batch);
        List<TaskView> open;
        // Statements without rows produce no result set, so the reader starts at the open tasks.
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            open = await TaskRows.ReadAllAsync(reader, cancellationToken);
        }

        return new CompleteTaskResponse(task.Issue.Id.ToString(), step.State.IssueStatus ?? task.Issue.Status, open);
    }

    /// <summary>
    /// Completes a task whose timeout fired with its activity's <c>timeoutOutcome</c>, as the system actor, inside the
    /// caller's transaction (the timer sweep's, which holds the instance's lock). The form is not checked: nobody filled
    /// it. A workflow failure leaves the task open and records an incident in the same transaction. False when the task
    /// is no longer open (its timer is then cancelled).
    /// </summary>
    public async Task<bool> ExpireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid taskId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = await TaskLocker.LockAsync(connection, transaction, taskId, cancellationToken);
        if (task is null || task.Status != TaskStatuses.Open)
        {
            return false;
        }

        var definition = await DefinitionOfAsync(task, cancellationToken);
        var outcome = (definition.Root.Find(task.ActivityId) as UserTaskActivity)?.TimeoutOutcome;
        var batch = new NpgsqlBatch(connection, transaction);
        var stepper = engine.Stepper(await calendars.GetAsync(cancellationToken));
        StepResult? step = null;
        try
        {
            step = stepper.Expire(definition, EngineJson.ReadState(task.StateJson), task.ActivityId, task.Issue.Facts(), now);
        }
        catch (TaskNotOpenException)
        {
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The task stays open and the incident shows on the issue; the timer has fired and is not retried by itself.
            incidents.Add(batch, task.InstanceId, task.Issue.Id, ex, new IncidentStimulus(IncidentStimulus.TimeoutKind, SystemActor.UserName, taskId, outcome), now);
        }

        if (step is not null)
        {
            await applier.AddAsync(batch, task.InstanceId, task.Issue, step, new TaskDone(taskId, SystemActor.UserName, outcome ?? "", null, null), SystemActor.UserName, now, cancellationToken);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    private async Task<WorkflowDefinition> DefinitionOfAsync(LockedTask task, CancellationToken cancellationToken) =>
        await definitions.GetVersionAsync(task.DefinitionId, task.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {task.DefinitionId} v{task.Version} of a running instance is missing.");

    /// <summary>
    /// Every id-shaped string in the form's arrays: which fields are photos is known only once the task is read, so
    /// the locker checks all candidates in its round trip and <see cref="Photos"/> picks the photo fields.
    /// </summary>
    private static List<Guid> PhotoCandidates(CompleteTaskRequest request) =>
        request.Data is null
            ? []
            : AttachmentIds.Candidates(request.Data.Select(p => p.Value).OfType<JsonArray>().SelectMany(a => a).Select(i => i?.ToString()));

    /// <summary>
    /// The photos the form's photo fields name, which become the issue's; and, per field, the ids that name no uploaded
    /// attachment (each such field is a 400).
    /// </summary>
    private static (List<Guid> Photos, Dictionary<string, string[]> Missing) Photos(WorkflowDefinition definition, LockedTask task, CompleteTaskRequest request)
    {
        var photos = new List<Guid>();
        var errors = new Dictionary<string, string[]>();
        if (definition.Root.Find(task.ActivityId) is not UserTaskActivity activity || request.Data is null)
        {
            return (photos, errors);
        }

        foreach (var field in activity.Form.Where(f => f.Type == FormFieldType.Photos))
        {
            if (request.Data[field.Name] is JsonArray ids)
            {
                var named = ids.Select(i => i?.ToString() ?? "").ToList();
                var missing = AttachmentIds.Missing(named, task.ExistingAttachments);
                if (missing.Count > 0)
                {
                    errors[field.Name] = [$"No such photo: {string.Join(", ", missing)}. Upload photos with POST /api/attachments first."];
                }

                photos.AddRange(AttachmentIds.Candidates(named).Where(task.ExistingAttachments.Contains));
            }
        }

        return (photos.Distinct().ToList(), errors);
    }
}
