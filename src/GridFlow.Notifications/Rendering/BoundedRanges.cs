using Fluid.Ast;

namespace GridFlow.Notifications.Rendering;

/// <summary>
/// Replaces every range of a parsed template (<c>(1..n)</c>) with one that refuses more than
/// <see cref="LiquidRenderer.MaxSteps"/> numbers. Fluid builds a range's whole array before a loop takes its first
/// step, so the step limit alone lets <c>(1..20000000)</c> spend seconds and hundreds of megabytes first.
/// </summary>
internal sealed class BoundedRanges : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRangeExpression(rangeExpression);
}
