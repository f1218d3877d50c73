using System.Diagnostics;
using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Expressions;

namespace GridFlow.Workflows.Core.Tests.Expressions;

/// <summary>
/// Expressions that try to burn time or memory are stopped within the sandbox's limits (200 ms, 4 MB), and the
/// evaluation's own allocations stay near the limit: a bound ten times the limit tells "stopped" from "ran".
/// </summary>
public sealed class SandboxLimitsTests
{
    private static readonly ExpressionScope Scope = new(new Dictionary<string, object?>(), new Dictionary<string, JsonNode?>());
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(2);
    private const long MemoryBound = 40L * 1024 * 1024;

    public static TheoryData<string, string, string> Burners() => new()
    {
        { "catastrophic regex", "/(a+)+b/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac')", "longer than 200 ms" },
        { "repeat", "'x'.repeat(100000000).length > 0", "longer than 2097152 characters" },
        { "padStart", "'x'.padStart(100000000).length > 0", "longer than 2097152 characters" },
        { "padEnd", "'x'.padEnd(100000000, 'y').length > 0", "longer than 2097152 characters" },
        { "doubling", "(() => { let s = 'xxxxxxxxxx'; for (let i = 0; i < 27; i++) s = s + s; return s.length > 0; })()", "memory" },
        { "big array", "new Array(100000000).join('x').length > 0", "" },
        { "huge JSON", "JSON.stringify(new Array(10000000).fill(1)).length > 0", "" },
    };

    [Theory]
    [MemberData(nameof(Burners))]
    public void ABurningExpression_IsStoppedWithinItsLimits(string name, string expression, string reason)
    {
        var evaluator = new ExpressionEvaluator();
        // Warm up the engine so that the figures are the expression's, not the JIT's.
        Assert.True(evaluator.EvaluateCondition("warm", "'ok'.repeat(2).length === 4", Scope));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition(name, expression, Scope));

        watch.Stop();
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Contains(reason, ex.Reason);
        Assert.True(watch.Elapsed < TimeBound, $"{name} ran {watch.ElapsedMilliseconds} ms");
        Assert.True(used < MemoryBound, $"{name} allocated {used / 1024 / 1024} MB");
    }

    [Fact]
    public void TheGuards_LeaveOrdinaryStringsAlone()
    {
        var evaluator = new ExpressionEvaluator();

        Assert.True(evaluator.EvaluateCondition("ok", "'ab'.repeat(3) === 'ababab' && '7'.padStart(3, '0') === '007' && 'a'.padEnd(2) === 'a '", Scope));
        Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("frozen", "String.prototype.repeat = () => ''", Scope));
    }
}
