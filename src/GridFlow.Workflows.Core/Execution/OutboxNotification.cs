using GridFlow.Workflows.Core.Models;

namespace GridFlow.Workflows.Core.Execution;

/// <summary>A notification the runtime writes to the outbox; delivery resolves the recipients rule and renders the template.</summary>
public sealed record OutboxNotification(string ActivityId, AssigneeRule Recipients, string Template);
