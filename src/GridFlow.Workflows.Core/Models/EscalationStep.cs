namespace GridFlow.Workflows.Core.Models;

/// <summary>
/// One rung of the escalation ladder: <see cref="After"/> the due time has passed, the issue escalates to
/// <see cref="Level"/>, to the <see cref="Role"/> at the <see cref="Scope"/> of the issue, with a card colour.
/// </summary>
public sealed record EscalationStep(DurationSpec After, int Level, string Role, string Scope, string Card);
