namespace GridFlow.Contracts.Assessments;

/// <summary>A supervisor confirms the dismissal of an inspector on <c>runId</c>'s dismissal list, with the reason (kept in the audit log).</summary>
public sealed record ConfirmDismissalRequest(
    [property: Required] Guid? RunId,
    [property: Required, MinLength(2), MaxLength(1000)] string? Reason);
