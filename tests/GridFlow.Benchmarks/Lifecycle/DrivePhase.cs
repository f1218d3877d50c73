using GridFlow.Benchmarks.Lifecycle.Contracts;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// Walks issues through the default lifecycle, accept → rectify → verify, each worker one issue at a time. The
/// next task's id comes from the completion's own answer (<c>openTasks</c>), so the driver never polls an inbox
/// and every request timed is a completion.
/// </summary>
public sealed class DrivePhase(ApiClient api, DemoUser officer, DemoUser inspector, ErrorLog errors)
{
    private const string ClosedStatus = "closed";

    public IReadOnlyList<LifecycleStep> Steps { get; } =
    [
        new("accept", officer, ApiClient.ToJson(new { outcome = "dispatch" }), "rectify"),
        new("rectify", officer, ApiClient.ToJson(new
        {
            outcome = "submitted",
            data = new { description = "已覆盖防尘网并洒水降尘 (benchmark)", photos = new[] { officer.PhotoId } },
        }), "verify"),
        new("verify", inspector, ApiClient.ToJson(new { outcome = "pass", data = new { photos = new[] { inspector.PhotoId } } }), null),
    ];

    public async Task<DriveResult> RunAsync(IReadOnlyList<string> acceptTaskIds, int concurrency)
    {
        var latency = new LatencyLog(acceptTaskIds.Count * Steps.Count);
        var completions = 0L;
        var closed = 0L;
        var elapsed = await ClosedLoop.RunAsync(acceptTaskIds.Count, concurrency, async i =>
        {
            var taskId = acceptTaskIds[i];
            foreach (var step in Steps)
            {
                var answer = await api.PostAsync(step.Actor.Token, $"/api/tasks/{taskId}/complete", step.Body);
                latency.Add(answer.Ticks);
                if (answer.Status != 200)
                {
                    errors.Add($"complete {step.ActivityId} as {step.Actor.UserName}", answer);
                    return;
                }

                Interlocked.Increment(ref completions);
                var result = answer.Read<CompleteAnswer>();
                if (step.NextActivityId is null)
                {
                    if (result.Status == ClosedStatus)
                    {
                        Interlocked.Increment(ref closed);
                    }
                    else
                    {
                        errors.Add($"after {step.ActivityId} the issue is not {ClosedStatus}", answer);
                    }

                    return;
                }

                var next = result.OpenTasks.FirstOrDefault(t => t.ActivityId == step.NextActivityId);
                if (next is null)
                {
                    errors.Add($"after {step.ActivityId} no open {step.NextActivityId} task", answer);
                    return;
                }

                taskId = next.Id;
            }
        });
        return new DriveResult(new PhaseFigures(completions, elapsed, latency.Summarise()), closed);
    }
}
