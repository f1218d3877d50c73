namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// A notification the runtime writes to the outbox; delivery resolves the recipients rule and renders the template.
/// The task it is about is the one the step opened next after it (<see cref="OpenedTask"/>, an index into the
/// step's opened tasks: "a new task for you"), else the task whose completion ran it (<see cref="AboutCompletedTask"/>:
/// "your report was rejected"), else none (a notification of a start that opened nothing).
/// </summary>
public sealed record OutboxNotification(string ActivityId, AssigneeRule Recipients, string Template, int? OpenedTask = null, bool AboutCompletedTask = false);
