namespace GridFlow.Workflows.Core.Activities;

/// <summary>Evaluates a JavaScript <see cref="Condition"/> and leaves through <c>true</c> or <c>false</c>.</summary>
public sealed record DecisionActivity(string Condition) : Activity
{
    private static readonly IReadOnlyList<string> outcomes = [Ports.True, Ports.False];

    public override string Type => ActivityTypeNames.Decision;

    public override IReadOnlyList<string> Outcomes => outcomes;

    internal static Activity Read(InputReader input) =>
        new DecisionActivity(input.Expression("condition") ?? "false") { Id = "", Index = 0 };
}
