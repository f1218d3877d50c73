namespace GridFlow.Workflows.Core.Execution;

/// <summary>
/// Plans a user task's timers: its reminders, its deadline (or timeout) and its escalation ladder, as instants. The one
/// planner, for a task that opens and for a task whose deadline a supervisor moves.
/// </summary>
public static class TimerPlan
{
    /// <summary>
    /// The task as it opens at <paramref name="now"/>: its deadline from its <c>due</c> (a length from now, or the instant
    /// a variable holds for <c>{ "at": name }</c>), and its timers.
    /// </summary>
    public static UserTaskToOpen Open(UserTaskActivity task, DateTimeOffset now, WorkingDayCalendar calendar, IReadOnlyDictionary<string, JsonNode?>? variables = null)
    {
        DateTimeOffset? dueAt = task.Due is { AtVariable: { } at } ? InstantOf(task, at, variables) : task.Due?.AddTo(now, calendar);
        var timers = dueAt is { } due ? For(task, now, due, calendar) : [];
        return new UserTaskToOpen(task.Id, task.Name, task.Assignee, dueAt, task.Outcomes, task.Form, timers);
    }

    /// <summary>
    /// The timers of <paramref name="task"/> running from <paramref name="from"/> to <paramref name="due"/>: each reminder
    /// at its share of that time, then the timeout at the deadline if the task has a timeout outcome, else the deadline
    /// and the escalation rungs counted from it on the working-day calendar.
    /// </summary>
    public static IReadOnlyList<TimerRung> For(UserTaskActivity task, DateTimeOffset from, DateTimeOffset due, WorkingDayCalendar calendar)
    {
        var length = due - from;
        // A deadline already past when the task opens (a variable's instant) has no share of its time left to remind at.
        var timers = length <= TimeSpan.Zero ? [] : task.Reminders.Select(r => new TimerRung(TimerKind.Reminder, from + (length * r.AtPercent / 100))).ToList();
        if (task.TimeoutOutcome is { } outcome)
        {
            timers.Add(new TimerRung(TimerKind.Timeout, due, Outcome: outcome));
            return timers;
        }

        timers.Add(new TimerRung(TimerKind.Due, due));
        timers.AddRange(task.Escalations.Select(e =>
            new TimerRung(TimerKind.Escalation, e.After.AddTo(due, calendar), e.Level, e.Role, e.Scope, e.Card)));
        return timers;
    }

    private static DateTimeOffset InstantOf(UserTaskActivity task, string variable, IReadOnlyDictionary<string, JsonNode?>? variables) =>
        variables is not null && variables.TryGetValue(variable, out var node) && node is JsonValue value && value.TryGetValue(out string? text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            && text.Contains('T', StringComparison.Ordinal)
            ? at
            : throw new DeadlineVariableException(task.Id, variable);
}
