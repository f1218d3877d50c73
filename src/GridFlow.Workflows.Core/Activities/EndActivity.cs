namespace GridFlow.Workflows.Core.Activities;

/// <summary>Ends the path that reaches it; the instance completes when no path is left.</summary>
public sealed record EndActivity : Activity
{
    public override string Type => ActivityTypeNames.End;

    public override IReadOnlyList<string> Outcomes => [];

    internal static Activity Read(InputReader input) => new EndActivity { Id = "", Index = 0 };
}
