namespace GridFlow.Workflows.Core.Activities;

/// <summary>Writes a notification to the outbox: recipients by rule, text by template name.</summary>
public sealed record NotifyActivity(AssigneeRule Recipients, string Template) : Activity
{
    public override string Type => ActivityTypeNames.Notify;

    public override IReadOnlyList<string> Outcomes => Ports.DoneOnly;

    internal static Activity Read(InputReader input) =>
        new NotifyActivity(
            input.Assignee("recipients") ?? new AssigneeRule(Catalog.AssigneeRules.GridInspector),
            input.String("template", required: true) ?? "")
        {
            Id = "",
            Index = 0,
        };
}
