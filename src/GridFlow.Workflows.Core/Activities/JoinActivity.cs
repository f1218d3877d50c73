namespace GridFlow.Workflows.Core.Activities;

/// <summary>Waits until a path has arrived over every one of its incoming connections, then leaves through <c>done</c>.</summary>
public sealed record JoinActivity : Activity
{
    public override string Type => ActivityTypeNames.Join;

    public override IReadOnlyList<string> Outcomes => Ports.DoneOnly;

    internal static Activity Read(InputReader input) => new JoinActivity { Id = "", Index = 0 };
}
