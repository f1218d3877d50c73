namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>What starting a case added to its batch: its instance, its public status and the tasks it opened (none when its start failed into an incident).</summary>
public sealed record LaunchedCase(Guid InstanceId, string Status, IReadOnlyList<OpenedTask> Tasks);
