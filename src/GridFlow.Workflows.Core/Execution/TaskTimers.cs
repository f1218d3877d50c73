using GridFlow.Workflows.Core.Activities;
using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Core.Execution;

/// <summary>Resolves a user task's deadline, reminders and escalation ladder to instants.</summary>
internal static class TaskTimers
{
    public static UserTaskToOpen Open(UserTaskActivity task, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        var timers = new List<TimerRequest>();
        DateTimeOffset? dueAt = task.Due?.AddTo(now, calendar);
        if (dueAt is { } due)
        {
            var length = due - now;
            timers.AddRange(task.Reminders.Select(r => new TimerRequest(task.Id, TimerKind.Reminder, now + (length * r.AtPercent / 100))));
            if (task.TimeoutOutcome is { } outcome)
            {
                timers.Add(new TimerRequest(task.Id, TimerKind.Timeout, due, Outcome: outcome));
            }
            else
            {
                timers.Add(new TimerRequest(task.Id, TimerKind.Due, due));
                timers.AddRange(task.Escalations.Select(e =>
                    new TimerRequest(task.Id, TimerKind.Escalation, e.After.AddTo(due, calendar), e.Level, e.Role, e.Scope, e.Card)));
            }
        }

        return new UserTaskToOpen(task.Id, task.Name, task.Assignee, dueAt, task.Outcomes, task.Form, timers);
    }
}
