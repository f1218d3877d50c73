namespace GridFlow.Workflows.Core.Activities;

/// <summary>
/// A human step. The instance waits here until the assignee completes it with one of <see cref="Outcomes"/>,
/// filling <see cref="Form"/>. <see cref="TimeoutOutcome"/>, when set, is the outcome the system takes when
/// the due time passes (e.g. a reopen window that expires); otherwise the due time starts the escalation ladder.
/// </summary>
public sealed record UserTaskActivity(
    string Name,
    AssigneeRule Assignee,
    DurationSpec? Due,
    IReadOnlyList<string> TaskOutcomes,
    IReadOnlyList<FormField> Form,
    IReadOnlyList<ReminderSpec> Reminders,
    IReadOnlyList<EscalationStep> Escalations,
    string? TimeoutOutcome) : Activity
{
    public override string Type => ActivityTypeNames.UserTask;

    public override IReadOnlyList<string> Outcomes => TaskOutcomes;

    internal static Activity Read(InputReader input)
    {
        var outcomes = input.Names("outcomes", required: true);
        var timeoutOutcome = input.String("timeoutOutcome", required: false);
        if (timeoutOutcome is not null && !outcomes.Contains(timeoutOutcome))
        {
            input.Problem(input.At("timeoutOutcome"), $"'{timeoutOutcome}' is not one of the task's outcomes.");
        }

        var form = input.Objects("form", required: false, FormFieldReader.Read);
        for (var i = 0; i < form.Count; i++)
        {
            foreach (var outcome in form[i].RequiredFor ?? [])
            {
                if (!outcomes.Contains(outcome))
                {
                    input.Problem($"{input.At("form")}/{i}/requiredFor", $"'{outcome}' is not one of the task's outcomes.");
                }
            }
        }

        return new UserTaskActivity(
            input.String("name", required: true) ?? "",
            input.Assignee("assignee") ?? new AssigneeRule(Catalog.AssigneeRules.GridInspector),
            input.Duration("due", required: false, allowAt: true),
            outcomes,
            form,
            input.Objects("reminders", required: false, ReadReminder),
            input.Objects("escalations", required: false, ReadEscalation),
            timeoutOutcome)
        {
            Id = "",
            Index = 0,
        };
    }

    private static ReminderSpec? ReadReminder(InputReader r)
    {
        var percent = r.Integer("atPercent", required: true);
        if (percent is < 1 or > 99)
        {
            r.Problem(r.At("atPercent"), "'atPercent' must be between 1 and 99.");
            return null;
        }

        return percent is null ? null : new ReminderSpec(percent.Value);
    }

    private static EscalationStep? ReadEscalation(InputReader r)
    {
        var after = r.Duration("after", required: true, allowZero: true);
        var level = r.Integer("level", required: true);
        var role = r.String("role", required: true);
        var scope = r.String("scope", required: true);
        var card = r.String("card", required: true);
        if (scope is not null && !Catalog.RegionScopes.All.Contains(scope))
        {
            r.Problem(r.At("scope"), $"Unknown scope '{scope}'; known: {string.Join(", ", Catalog.RegionScopes.All)}.");
        }

        if (card is not null && !Catalog.EscalationCards.All.Contains(card))
        {
            r.Problem(r.At("card"), $"Unknown card '{card}'; known: {string.Join(", ", Catalog.EscalationCards.All)}.");
        }

        return after is null || level is null || role is null || scope is null || card is null
            ? null
            : new EscalationStep(after, level.Value, role, scope, card);
    }
}
