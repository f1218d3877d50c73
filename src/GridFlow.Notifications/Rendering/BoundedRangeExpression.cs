using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace GridFlow.Notifications.Rendering;

/// <summary>A range that checks its length before Fluid builds it (see <see cref="BoundedRanges"/>).</summary>
internal sealed class BoundedRangeExpression(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        if (Math.Abs(to - from) >= LiquidRenderer.MaxSteps)
        {
            throw new InvalidOperationException($"A range in a template has at most {LiquidRenderer.MaxSteps} numbers; ({from}..{to}) has more.");
        }

        return await range.EvaluateAsync(context);
    }
}
