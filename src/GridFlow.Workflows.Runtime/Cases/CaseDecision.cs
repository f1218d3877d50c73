namespace GridFlow.Workflows.Runtime.Cases;

/// <summary>
/// How the last task of a completed case was completed: the outcome, the form's data, the comment, by whom and when —
/// what a module that started a case (an appeal) needs to learn its decision.
/// </summary>
public sealed record CaseDecision(Guid CaseId, string ActivityId, string Outcome, JsonObject? Data, string? Comment, string? CompletedBy, DateTimeOffset CompletedAt);
