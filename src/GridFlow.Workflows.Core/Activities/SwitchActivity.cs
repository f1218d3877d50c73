namespace GridFlow.Workflows.Core.Activities;

/// <summary>
/// Leaves through the port named by the first case whose condition is truthy, or through <c>default</c>.
/// </summary>
public sealed record SwitchActivity(IReadOnlyList<SwitchCase> Cases) : Activity
{
    public override string Type => ActivityTypeNames.Switch;

    public override IReadOnlyList<string> Outcomes => [.. Cases.Select(c => c.Name), Ports.Default];

    internal static Activity Read(InputReader input)
    {
        var cases = input.Objects("cases", required: true, c =>
        {
            var name = c.String("name", required: true);
            var condition = c.Expression("condition");
            if (name == Ports.Default)
            {
                c.Problem(c.At("name"), "'default' is the port taken when no case matches; name the case otherwise.");
            }

            return name is null || condition is null ? null : new SwitchCase(name, condition);
        });
        foreach (var duplicate in cases.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            input.Problem(input.At("cases"), $"Case '{duplicate.Key}' appears twice.");
        }

        return new SwitchActivity(cases) { Id = "", Index = 0 };
    }
}
