namespace GridFlow.Workflows.Core.Execution;

/// <summary>Limits of the stepper.</summary>
public sealed record StepperOptions
{
    /// <summary>Most automatic activities one stimulus may run before it is stopped as a runaway.</summary>
    public int MaxStepsPerStimulus { get; init; } = 1_000;

    /// <summary>The actor recorded when the system completes a task (timeouts).</summary>
    public string SystemActor { get; init; } = Contracts.Accounts.SystemActor.UserName;
}
