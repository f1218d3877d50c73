using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Accounts;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Runtime.Engine;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Writes one issue with what the engine would have written by the load's clock: the instance (state as the stepper
/// leaves it, serialised with the engine's own <see cref="EngineJson"/>), each task opened so far (accept and rectify
/// for the township's officers, verify and the reopen window for the grid's inspector at that time), and the
/// escalations the overdue ones raised (yellow to the county at the deadline, red to the city two working days later,
/// an interview after five), as the default lifecycle's ladders say. Some tasks are done late, some are open past due.
/// </summary>
public sealed class IssueWriter(FactStreams streams, LifecycleShape shape, ProvinceIds ids, AssessedMonth month, Random random)
{
    private static readonly Dictionary<IssueStage, string> States = Enum.GetValues<IssueStage>().ToDictionary(s => s, StateOf);

    private long codeNumber;

    public long Issues { get; private set; }

    public long Tasks { get; private set; }

    public long InspectorTasks { get; private set; }

    public long Escalations { get; private set; }

    /// <summary>The number the last issue code used: the app's sequence is moved past it.</summary>
    public long LastCodeNumber => codeNumber;

    public async Task WriteAsync(GridPlace place, IssueStage stage, Func<DateTime, int> ownerAt, string category, string source, DateTime discovered,
        DateTime reported, double lon, double lat, string reportedBy, int? reporterInspector)
    {
        var issueId = Guid.CreateVersion7(reported);
        var instanceId = Guid.CreateVersion7(reported);
        var steps = stage switch
        {
            IssueStage.AtAccept => 0,
            IssueStage.Rejected or IssueStage.Transferred or IssueStage.Rectifying => 1,
            IssueStage.Verifying => 2,
            _ => 3,
        };

        var overdue = false;
        var level = 0;
        var at = reported;
        var revision = 0;
        var opened = new List<(TaskTemplate Task, DateTime Created)>();
        // The steps done, then the task open now; a rejected or transferred issue's workflow ended at accept.
        var tasks = stage is IssueStage.Rejected or IssueStage.Transferred ? 1 : steps + 1;
        foreach (var activity in new[] { "accept", "rectify", "verify", "reopen-window" }.Take(tasks))
        {
            var task = shape.Tasks[activity];
            var forInspector = task.AssigneeRule == "gridInspector";
            var inspector = ownerAt(at);
            var due = activity switch
            {
                "accept" => AssessedMonth.AddWorkingDays(at, 1),
                "rectify" => AssessedMonth.AddWorkingDays(at, 3),
                "verify" => AssessedMonth.AddWorkingDays(at, 2),
                _ => at.AddDays(30),
            };
            var done = opened.Count < steps;
            DateTime? completed = null;
            if (done)
            {
                // Most steps are done in time; some late (the inspectors' verifications more often than the townships' steps).
                var late = random.NextDouble() < (activity == "verify" ? 0.15 : 0.05);
                var hours = late
                    ? (due - at).TotalHours + 1 + (random.NextDouble() * 72)
                    : activity switch
                    {
                        "accept" => 1 + (random.NextDouble() * 18),
                        "rectify" => 4 + (random.NextDouble() * 60),
                        _ => 0.5 + (random.NextDouble() * (due - at).TotalHours * 0.9),
                    };
                // A step that would end after the load's clock ended somewhat earlier: every completion lies in the past.
                var left = (month.Now - at).TotalHours;
                completed = at.AddHours(hours < left ? hours : left * (0.1 + (0.8 * random.NextDouble())));
            }

            var outcome = (activity, stage) switch
            {
                ("accept", IssueStage.Rejected) => "reject",
                ("accept", IssueStage.Transferred) => "transfer",
                ("accept", _) => "dispatch",
                ("rectify", _) => "submitted",
                ("verify", _) => "pass",
                _ => null,
            };
            var taskId = Guid.CreateVersion7(at);
            await TaskAsync(place, task, taskId, instanceId, issueId, forInspector ? inspector : null, due, at, completed,
                done ? (forInspector ? ProvinceIds.InspectorUserName(inspector) : ProvinceIds.OfficerUserName(place.Township)) : null,
                done ? outcome : null);
            Tasks++;
            InspectorTasks += forInspector ? 1 : 0;
            var raisedLevel = await EscalateAsync(place, issueId, taskId, due, completed ?? month.Now, done);
            overdue |= raisedLevel > 0 && !done;
            level = Math.Max(level, raisedLevel);
            opened.Add((task, at));
            if (completed is { } end)
            {
                at = end;
                revision++;
            }
        }

        var status = stage switch
        {
            IssueStage.Rejected => "rejected",
            IssueStage.Transferred => "transferred",
            IssueStage.AtAccept => "reported",
            IssueStage.Rectifying => "rectifying",
            IssueStage.Verifying => "verifying",
            _ => "closed",
        };
        await IssueAsync(place, issueId, instanceId, category, source, discovered, reported, lon, lat, reportedBy, reporterInspector, status, overdue, level, at);
        await InstanceAsync(issueId, instanceId, stage, revision, reported, at);
        Issues++;
    }

    private async Task IssueAsync(GridPlace place, Guid issueId, Guid instanceId, string category, string source, DateTime discovered, DateTime reported,
        double lon, double lat, string reportedBy, int? reporterInspector, string status, bool overdue, int level, DateTime updated)
    {
        var writer = streams.Issues;
        await writer.StartRowAsync();
        await writer.WriteAsync(issueId, NpgsqlDbType.Uuid);
        // The app's code: the report's day in China and the next number of issue_code_seq (moved past these after the load).
        await writer.WriteAsync(FormattableString.Invariant($"{reported + AssessedMonth.ChinaOffset:yyyyMMdd}-{++codeNumber:D6}"), NpgsqlDbType.Varchar);
        await writer.WriteAsync(category, NpgsqlDbType.Varchar);
        await writer.WriteAsync(Descriptions.For(category), NpgsqlDbType.Varchar);
        await writer.WriteAsync(lat, NpgsqlDbType.Double);
        await writer.WriteAsync(lon, NpgsqlDbType.Double);
        await writer.WriteAsync(source, NpgsqlDbType.Varchar);
        await writer.WriteAsync(discovered, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(reported, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(reportedBy, NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(reporterInspector is { } i ? (Guid?)ids.Inspectors[i] : null, NpgsqlDbType.Uuid);
        await writer.WriteAsync(place.GridId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(place.TownshipId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(place.CountyId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(place.CityId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(place.TownshipPath, NpgsqlDbType.Varchar);
        await writer.WriteAsync(status, NpgsqlDbType.Varchar);
        await writer.WriteAsync(overdue, NpgsqlDbType.Boolean);
        await writer.WriteAsync(level, NpgsqlDbType.Integer);
        await writer.WriteAsync(instanceId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(updated, NpgsqlDbType.TimestampTz);
    }

    private async Task InstanceAsync(Guid issueId, Guid instanceId, IssueStage stage, int revision, DateTime created, DateTime updated)
    {
        var writer = streams.Instances;
        await writer.StartRowAsync();
        await writer.WriteAsync(instanceId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(issueId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(shape.DefinitionId, NpgsqlDbType.Varchar);
        await writer.WriteAsync(shape.Version, NpgsqlDbType.Integer);
        await writer.WriteAsync(stage is IssueStage.Rejected or IssueStage.Transferred ? "completed" : "running", NpgsqlDbType.Varchar);
        await writer.WriteAsync(States[stage], NpgsqlDbType.Jsonb);
        await writer.WriteAsync(revision, NpgsqlDbType.Integer);
        await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(updated, NpgsqlDbType.TimestampTz);
    }

    private async Task TaskAsync(GridPlace place, TaskTemplate task, Guid taskId, Guid instanceId, Guid issueId, int? inspector, DateTime due,
        DateTime created, DateTime? completed, string? completedBy, string? outcome)
    {
        var writer = streams.Tasks;
        await writer.StartRowAsync();
        await writer.WriteAsync(taskId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(instanceId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(issueId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(task.ActivityId, NpgsqlDbType.Varchar);
        await writer.WriteAsync(task.Name, NpgsqlDbType.Varchar);
        await writer.WriteAsync(task.AssigneeRule, NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(inspector is { } i ? (Guid?)ids.Inspectors[i] : null, NpgsqlDbType.Uuid);
        await writer.WriteOrNullAsync(inspector is null ? Roles.TownshipOfficer : null, NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(inspector is null ? (Guid?)place.TownshipId : null, NpgsqlDbType.Uuid);
        await writer.WriteAsync(due, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(completed is null ? "open" : "done", NpgsqlDbType.Varchar);
        await writer.WriteAsync(task.OutcomesJson, NpgsqlDbType.Jsonb);
        await writer.WriteAsync(task.FormJson, NpgsqlDbType.Jsonb);
        await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
        await writer.WriteOrNullAsync(completed, NpgsqlDbType.TimestampTz);
        await writer.WriteOrNullAsync(completedBy, NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(outcome, NpgsqlDbType.Varchar);
        await writer.WriteOrNullAsync(completed is null ? null : FormData(task.ActivityId), NpgsqlDbType.Jsonb);
    }

    /// <summary>The ladder's rungs passed before the task ended (or before now); returns the highest level raised.</summary>
    private async Task<int> EscalateAsync(GridPlace place, Guid issueId, Guid taskId, DateTime due, DateTime end, bool done)
    {
        var level = 0;
        foreach (var (rung, card, role, regionId, raisedAt) in new[]
                 {
                     (1, "yellow", Roles.CountySupervisor, place.CountyId, due),
                     (2, "red", Roles.CitySupervisor, place.CityId, AssessedMonth.AddWorkingDays(due, 2)),
                     (3, "interview", Roles.CitySupervisor, place.CityId, AssessedMonth.AddWorkingDays(due, 5)),
                 })
        {
            if (end <= raisedAt)
            {
                break;
            }

            // Finishing a task leaves its escalations open; a supervisor closes about half of those of finished tasks.
            var resolved = done && random.NextDouble() < 0.5;
            var writer = streams.Escalations;
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(raisedAt), NpgsqlDbType.Uuid);
            await writer.WriteAsync(issueId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(taskId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(Guid.CreateVersion7(raisedAt), NpgsqlDbType.Uuid);   // its timer (fired, since deleted with the task's timers)
            await writer.WriteAsync(rung, NpgsqlDbType.Integer);
            await writer.WriteAsync(card, NpgsqlDbType.Varchar);
            await writer.WriteAsync(role, NpgsqlDbType.Varchar);
            await writer.WriteAsync(regionId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(raisedAt, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(resolved ? "resolved" : "open", NpgsqlDbType.Varchar);
            await writer.WriteOrNullAsync(resolved ? (DateTime?)end : null, NpgsqlDbType.TimestampTz);
            await writer.WriteOrNullAsync(resolved ? (rung == 1 ? ProvinceIds.CountyUserName(place.County) : ProvinceIds.CityUserName(place.City)) : null, NpgsqlDbType.Varchar);
            await writer.WriteOrNullAsync(resolved ? "close" : null, NpgsqlDbType.Varchar);
            Escalations++;
            level = rung;
        }

        return level;
    }

    /// <summary>What the completed task's form held (photo fields are left out: no photos are loaded).</summary>
    private static string FormData(string activity) => activity switch
    {
        "accept" => """{"responsibleUnit":"街道综合执法中队"}""",
        "rectify" => """{"description":"已按要求整改完毕"}""",
        "verify" => """{"note":"现场核查已整改"}""",
        _ => "{}",
    };

    private static string StateOf(IssueStage stage)
    {
        var state = new WorkflowInstanceState
        {
            Status = stage is IssueStage.Rejected or IssueStage.Transferred ? InstanceStatus.Completed : InstanceStatus.Running,
            IssueStatus = stage switch
            {
                IssueStage.Rejected => "rejected",
                IssueStage.Transferred => "transferred",
                IssueStage.AtAccept => "reported",
                IssueStage.Rectifying => "rectifying",
                IssueStage.Verifying => "verifying",
                _ => "closed",
            },
        };
        state.Variables["rectifyRound"] = stage is IssueStage.Rectifying or IssueStage.Verifying or IssueStage.Closed ? 1 : 0;
        state.Variables["failedVerifications"] = 0;
        state.Variables["reopenCount"] = 0;
        switch (stage)
        {
            case IssueStage.AtAccept: state.OpenTasks.Add("accept"); break;
            case IssueStage.Rectifying: state.OpenTasks.Add("rectify"); break;
            case IssueStage.Verifying: state.OpenTasks.Add("verify"); break;
            case IssueStage.Closed: state.OpenTasks.Add("reopen-window"); break;
        }

        return EngineJson.Serialize(state);
    }
}
