using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Expressions;
using GridFlow.Workflows.Management.Contracts;
using GridFlow.Workflows.Runtime.Engine;
using GridFlow.Workflows.Runtime.Incidents;
using GridFlow.Workflows.Runtime.Persistence;
using Npgsql;

namespace GridFlow.Scheduling.Timers;

/// <summary>
/// Fires a timeout timer: completes its task with the activity's <c>timeoutOutcome</c> through the engine, as
/// <see cref="Workflows.Runtime.Tasks.TaskCompleter"/> does for a person, inside the sweep's transaction (the
/// instance is already locked). A workflow failure becomes an incident in the same transaction.
/// </summary>
public sealed class TimeoutFirer(
    IWorkflowDefinitionStore definitions,
    IWorkingCalendarProvider calendars,
    WorkflowEngine engine,
    StepApplier applier,
    IncidentRecorder incidents)
{
    public const string SystemActor = "system";

    /// <summary>Writes the expiry; false when the task is no longer open (the timer is then cancelled).</summary>
    public async Task<bool> FireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string definitionId, stateJson, activityId;
        int version;
        IssueContext issue;
        await using (var command = new NpgsqlCommand($"""
            SELECT i.definition_id, i.version, i.state::text, t.activity_id, t.status, {IssueRows.Columns}
            FROM workflow_tasks t JOIN workflow_instances i ON i.id = t.instance_id JOIN issues s ON s.id = t.issue_id
            WHERE t.id = $1
            """, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = timer.TaskId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.GetString(4) != "open")
            {
                return false;
            }

            (definitionId, version, stateJson, activityId) = (reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3));
            issue = IssueRows.Read(reader, 5);
        }

        var definition = await definitions.GetVersionAsync(definitionId, version, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {definitionId} v{version} of a running instance is missing.");
        var batch = new NpgsqlBatch(connection, transaction);
        try
        {
            var step = engine.Stepper(await calendars.GetAsync(cancellationToken))
                .Expire(definition, EngineJson.ReadState(stateJson), activityId, issue.Facts(), now);
            var done = new TaskDone(timer.TaskId, SystemActor, timer.Outcome ?? "", null, null);
            await applier.AddAsync(batch, timer.InstanceId, issue, step, done, SystemActor, now, cancellationToken);
        }
        catch (TaskNotOpenException)
        {
            return false;
        }
        catch (Exception ex) when (ex is ExpressionException or WorkflowExecutionException or InvalidOutcomeException)
        {
            // The task stays open and the incident shows on the issue; the timer has fired and is not retried by itself.
            incidents.Add(batch, timer.InstanceId, issue.Id, ex, new IncidentStimulus("timeout", SystemActor, timer.TaskId, timer.Outcome), now);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
