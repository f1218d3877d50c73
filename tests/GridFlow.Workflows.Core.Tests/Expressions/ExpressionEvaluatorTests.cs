using System.Text.Json.Nodes;
using GridFlow.Workflows.Core.Expressions;

namespace GridFlow.Workflows.Core.Tests.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private readonly ExpressionEvaluator evaluator = new();

    private static ExpressionScope Scope() => new(
        new Dictionary<string, object?> { ["category"] = "open-burning", ["severity"] = 3, ["reportCount"] = 2, ["source"] = "patrol" },
        new Dictionary<string, JsonNode?> { ["failedVerifications"] = 1, ["units"] = new JsonArray("a", "b") });

    [Theory]
    [InlineData("issue.category === 'open-burning'", true)]
    [InlineData("issue.severity >= 3 && issue.reportCount > 1", true)]
    [InlineData("variables.failedVerifications >= 2", false)]
    [InlineData("variables.units.includes('b')", true)]
    [InlineData("issue.missing", false)]
    public void EvaluateCondition_SeesIssueAndVariables(string expression, bool expected) =>
        Assert.Equal(expected, evaluator.EvaluateCondition("d", expression, Scope()));

    [Fact]
    public void EvaluateValue_ReturnsJson()
    {
        var value = evaluator.EvaluateValue("s", "({ round: variables.failedVerifications + 1, who: issue.source })", Scope());

        Assert.Equal("""{"round":2,"who":"patrol"}""", value!.ToJsonString());
    }

    [Fact]
    public void EvaluateValue_UndefinedIsNull() => Assert.Null(evaluator.EvaluateValue("s", "undefined", Scope()));

    [Fact]
    public void Evaluate_VariablesCannotBeChangedFromOutsideTheSandbox()
    {
        var scope = Scope();

        evaluator.EvaluateValue("s", "variables.failedVerifications = 99", scope);

        Assert.Equal(1, scope.Variables["failedVerifications"]!.GetValue<int>());
    }

    [Fact]
    public void Evaluate_EndlessLoopTimesOut()
    {
        var sandbox = new ExpressionEvaluator(new ExpressionOptions { MaxStatements = int.MaxValue });

        var ex = Assert.Throws<ExpressionException>(() => sandbox.EvaluateCondition("loop", "while (true) {}", Scope()));

        Assert.Equal("loop", ex.ActivityId);
        Assert.Contains("longer than 200 ms", ex.Message);
    }

    [Fact]
    public void Evaluate_EndlessLoopHitsTheStatementLimit()
    {
        var ex = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("loop", "for (;;) { let x = 1; }", Scope()));

        Assert.Contains("statements", ex.Reason);
    }

    [Theory]
    [InlineData("let a = []; while (true) { a.push('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' + a.length); }")]
    [InlineData("let s = 'x'; while (true) { s = s + s; }")]
    [InlineData("new Array(1e9).fill(1).length > 0")]
    public void Evaluate_HugeAllocationFailsCleanly(string expression)
    {
        var sandbox = new ExpressionEvaluator(new ExpressionOptions { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(5) });

        var ex = Assert.Throws<ExpressionException>(() => sandbox.EvaluateCondition("alloc", expression, Scope()));

        Assert.Equal("alloc", ex.ActivityId);
    }

    [Fact]
    public void Evaluate_MemoryLimitIsReported()
    {
        var sandbox = new ExpressionEvaluator(new ExpressionOptions { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(5) });

        var ex = Assert.Throws<ExpressionException>(() =>
            sandbox.EvaluateCondition("alloc", "let a = []; while (true) { a.push({ n: a.length, s: 'x' + a.length }); }", Scope()));

        Assert.Contains("memory", ex.Reason);
    }

    [Fact]
    public void Evaluate_DeepRecursionFailsCleanly()
    {
        var ex = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("rec", "function f(n) { return f(n + 1); } f(0)", Scope()));

        Assert.Contains("deeper", ex.Reason);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO').File.ReadAllText('/etc/passwd')")]
    [InlineData("issue.GetType().Assembly")]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    public void Evaluate_ClrAccessIsImpossible(string expression) =>
        Assert.Throws<ExpressionException>(() => evaluator.EvaluateValue("clr", expression, Scope()));

    [Fact]
    public void Evaluate_SyntaxErrorIsAnExpressionException()
    {
        var ex = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("bad", "issue.severity >", Scope()));

        Assert.Equal("bad", ex.ActivityId);
    }

    [Fact]
    public void Evaluate_RuntimeErrorIsAnExpressionException()
    {
        var ex = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("bad", "issue.nothing.deeper", Scope()));

        Assert.DoesNotContain("   at ", ex.Reason);
    }

    [Theory]
    [InlineData("issue.severity > 2", true)]
    [InlineData("issue.severity >", false)]
    [InlineData("}", false)]
    public void FindSyntaxError_ParsesWithoutRunning(string expression, bool parses) =>
        Assert.Equal(parses, ExpressionEvaluator.FindSyntaxError(expression) is null);

    [Fact]
    public void Evaluate_ReusesParsedScriptsAcrossCalls()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.True(evaluator.EvaluateCondition("d", "issue.severity === 3", Scope()));
        }
    }
}
