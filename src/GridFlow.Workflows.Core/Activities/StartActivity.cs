namespace GridFlow.Workflows.Core.Activities;

/// <summary>
/// Where an instance begins when an issue is reported. <see cref="Categories"/> documents the categories
/// the definition is meant for; the category → definition mapping itself is data kept by the API.
/// </summary>
public sealed record StartActivity(IReadOnlyList<string> Categories) : Activity
{
    public override string Type => ActivityTypeNames.Start;

    public override IReadOnlyList<string> Outcomes => Ports.DoneOnly;

    internal static Activity Read(InputReader input) =>
        new StartActivity(input.Names("categories", required: false)) { Id = "", Index = 0 };
}
