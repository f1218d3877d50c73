namespace GridFlow.Benchmarks.Lifecycle.Inbox;

/// <summary>The fixed columns of a task of one activity, copied from a task the engine itself wrote.</summary>
public sealed record TaskShape(string ActivityId, string Name, string AssigneeRule, string OutcomesJson, string FormJson);
