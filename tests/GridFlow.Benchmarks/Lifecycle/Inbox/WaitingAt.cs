using System.Text.Json.Nodes;

namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>What a bulk-loaded running issue waiting at one task looks like: the task, the instance state, the issue status.</summary>
public sealed record WaitingAt(TaskShape Task, InstanceShape Instance, string StateJson, string IssueStatus)
{
    /// <summary>The state of a fresh instance, as the engine wrote it, waiting at accept.</summary>
    public static WaitingAt Accept(InstanceShape fresh, TaskShape accept) => At(fresh, accept, "reported");

    /// <summary>The fresh state moved on to verify: the engine keeps the open activity ids and the public status in it.</summary>
    public static WaitingAt Verify(InstanceShape fresh, TaskShape verify) => At(fresh, verify, "verifying");

    private static WaitingAt At(InstanceShape fresh, TaskShape task, string issueStatus)
    {
        var state = JsonNode.Parse(fresh.StateJson)!.AsObject();
        state["openTasks"] = new JsonArray(task.ActivityId);
        state["issueStatus"] = issueStatus;
        return new WaitingAt(task, fresh, state.ToJsonString(), issueStatus);
    }
}
