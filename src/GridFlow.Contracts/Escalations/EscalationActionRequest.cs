namespace GridFlow.Contracts.Escalations;

/// <summary>What a supervisor does about an escalation. <c>assignee</c> (a user name) is for reassign, <c>newDueAt</c> for extend.</summary>
public sealed record EscalationActionRequest(
    [property: Required, AllowedValues(EscalationActionNames.Urge, EscalationActionNames.Reassign, EscalationActionNames.Extend, EscalationActionNames.Close,
        ErrorMessage = "action is urge, reassign, extend or close.")]
    string? Action,
    [property: Required(ErrorMessage = "comment is required: say why."), MaxLength(4000)]
    string? Comment,
    [property: MaxLength(256)]
    string? Assignee = null,
    DateTimeOffset? NewDueAt = null);
