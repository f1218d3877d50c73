using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace GridFlow.Workflows.Core.Expressions;

/// <summary>
/// Evaluates a definition's JavaScript expressions with Jint in a sandbox: no CLR access (AllowClr is never
/// enabled and globals are plain JS objects), bounded time, memory, recursion and statement count.
/// Parsed scripts are cached per expression text; an engine is created per evaluation because Jint engines
/// are not thread-safe and a fresh one cannot be polluted by an earlier expression. Thread-safe.
/// </summary>
public sealed class ExpressionEvaluator(ExpressionOptions? options = null)
{
    private readonly ExpressionOptions options = options ?? new ExpressionOptions();
    private readonly ConcurrentDictionary<string, Prepared<Script>> scripts = new(StringComparer.Ordinal);

    /// <summary>The syntax error of <paramref name="expression"/>, or null when it parses.</summary>
    public static string? FindSyntaxError(string expression)
    {
        try
        {
            Engine.PrepareScript(expression, strict: true);
            return null;
        }
        catch (Exception ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> and converts the result with JavaScript truthiness.</summary>
    public bool EvaluateCondition(string activityId, string expression, ExpressionScope scope) =>
        Run(activityId, expression, scope, (_, value) => TypeConverter.ToBoolean(value));

    /// <summary>Evaluates <paramref name="expression"/> and returns its result as JSON (undefined becomes null).</summary>
    public JsonNode? EvaluateValue(string activityId, string expression, ExpressionScope scope) =>
        Run(activityId, expression, scope, (engine, value) =>
        {
            if (value.IsUndefined() || value.IsNull())
            {
                return null;
            }

            var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
            return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
        });

    private T Run<T>(string activityId, string expression, ExpressionScope scope, Func<Engine, JsValue, T> convert)
    {
        try
        {
            var script = Prepare(expression);
            var engine = new Engine(o => o
                .Strict()
                .DisableStringCompilation()
                .TimeoutInterval(options.Timeout)
                .LimitMemory(options.MemoryLimitBytes)
                .LimitRecursion(options.RecursionLimit)
                .MaxStatements(options.MaxStatements));
            var parser = new Jint.Native.Json.JsonParser(engine);
            engine.SetValue("issue", parser.Parse(JsonSerializer.Serialize(scope.Issue)));
            engine.SetValue("variables", parser.Parse(JsonSerializer.Serialize(scope.Variables)));
            return convert(engine, engine.Evaluate(script));
        }
        catch (Exception ex)
        {
            throw new ExpressionException(activityId, Describe(ex), ex);
        }
    }

    private Prepared<Script> Prepare(string expression)
    {
        if (scripts.TryGetValue(expression, out var cached))
        {
            return cached;
        }

        // A crude bound: definitions hold a few hundred expressions, so clearing is rare and cheap.
        if (scripts.Count >= options.CacheSize)
        {
            scripts.Clear();
        }

        return scripts.GetOrAdd(expression, text => Engine.PrepareScript(text, strict: true));
    }

    private string Describe(Exception ex) => ex switch
    {
        TimeoutException => $"it ran longer than {options.Timeout.TotalMilliseconds:0} ms",
        MemoryLimitExceededException => $"it used more than {options.MemoryLimitBytes / 1024} KB of memory",
        RecursionDepthOverflowException => $"it nested calls deeper than {options.RecursionLimit}",
        StatementsCountOverflowException => $"it ran more than {options.MaxStatements} statements",
        JavaScriptException js => js.Message,
        _ => ex.Message,
    };
}
