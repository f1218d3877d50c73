namespace GridFlow.Workflows.Core.Activities;

/// <summary>Sets a declared variable to the result of a JavaScript expression.</summary>
public sealed record SetVariableActivity(string Variable, string Value) : Activity
{
    public override string Type => ActivityTypeNames.SetVariable;

    public override IReadOnlyList<string> Outcomes => Ports.DoneOnly;

    internal static Activity Read(InputReader input) =>
        new SetVariableActivity(input.String("variable", required: true) ?? "", input.Expression("value") ?? "null")
        {
            Id = "",
            Index = 0,
        };
}
