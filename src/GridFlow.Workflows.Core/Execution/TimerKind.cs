namespace GridFlow.Workflows.Core.Execution;

/// <summary>What a timer does when it fires (firing is the scheduler's job, not the stepper's).</summary>
public enum TimerKind
{
    /// <summary>Remind the assignee.</summary>
    Reminder,

    /// <summary>The task becomes overdue.</summary>
    Due,

    /// <summary>Raise an escalation at a level, to a role, with a card.</summary>
    Escalation,

    /// <summary>Complete the task with its timeout outcome (call <see cref="FlowchartStepper.Expire"/>).</summary>
    Timeout,
}
