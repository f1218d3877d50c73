using GridFlow.Workflows.Core.Calendar;
using GridFlow.Workflows.Core.Execution;
using GridFlow.Workflows.Core.Expressions;

namespace GridFlow.Workflows.Core.Tests.TestSupport;

/// <summary>A stepper wired as the runtime wires it, and a fixed clock.</summary>
internal static class Engine
{
    /// <summary>Monday 2 March 2026, 09:00 in China.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static FlowchartStepper Stepper { get; } = new(new ExpressionEvaluator(), WorkingDayCalendar.China());

    public static IReadOnlyDictionary<string, object?> Issue(string category = "dust", int severity = 2) =>
        new Dictionary<string, object?> { ["category"] = category, ["severity"] = severity, ["source"] = "patrol", ["reportCount"] = 1 };
}
