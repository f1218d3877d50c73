using GridFlow.Workflows.Core.Calendar;

namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>
/// The process-wide pieces of the pure engine: one expression evaluator (it caches parsed scripts) and the
/// stepper options. A stepper is a few fields, so one is made per calendar.
/// </summary>
public sealed class WorkflowEngine(IOptions<RuntimeOptions> options)
{
    private readonly ExpressionEvaluator expressions = new(new ExpressionOptions
    {
        Timeout = TimeSpan.FromMilliseconds(options.Value.ExpressionTimeoutMilliseconds),
        MemoryLimitBytes = options.Value.ExpressionMemoryLimitBytes,
        RecursionLimit = options.Value.ExpressionRecursionLimit,
        MaxStatements = options.Value.ExpressionMaxStatements,
    });

    private readonly StepperOptions stepperOptions = new() { MaxStepsPerStimulus = options.Value.MaxStepsPerStimulus };

    public FlowchartStepper Stepper(WorkingDayCalendar calendar) => new(expressions, calendar, stepperOptions);
}
