namespace GridFlow.Workflows.Core.Activities;

/// <summary>Starts parallel branches: it leaves through every port named in <see cref="Branches"/> at once.</summary>
public sealed record ForkActivity(IReadOnlyList<string> Branches) : Activity
{
    public override string Type => ActivityTypeNames.Fork;

    public override IReadOnlyList<string> Outcomes => Branches;

    internal static Activity Read(InputReader input) =>
        new ForkActivity(input.Names("branches", required: true)) { Id = "", Index = 0 };
}
