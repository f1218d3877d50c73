namespace GridFlow.Workflows.Core.Activities;

/// <summary>Sets the public status (see <see cref="Contracts.Issues.IssueStatuses"/>).</summary>
public sealed record SetStatusActivity(string Status) : Activity
{
    public override string Type => ActivityTypeNames.SetStatus;

    public override IReadOnlyList<string> Outcomes => Ports.DoneOnly;

    internal static Activity Read(InputReader input) =>
        new SetStatusActivity(input.String("status", required: true) ?? "") { Id = "", Index = 0 };
}
