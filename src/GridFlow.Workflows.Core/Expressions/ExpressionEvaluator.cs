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
    /// <summary>
    /// Jint builds the result of <c>repeat</c>, <c>padStart</c> and <c>padEnd</c> in one native allocation, before its
    /// memory limit can look: <c>'x'.repeat(1e8)</c> allocated 190 MB. These wrappers refuse a result longer than the
    /// limit allows (two bytes a character) before asking for it.
    /// </summary>
    private static readonly Prepared<Script> StringGuards = Engine.PrepareScript("""
        (limit => {
            const refuse = n => { if (!(n <= limit)) { throw new RangeError('the string would be longer than ' + limit + ' characters'); } };
            const guard = (name, length) => {
                const original = String.prototype[name];
                Object.defineProperty(String.prototype, name, {
                    value: function (...args) { refuse(length(String(this), args)); return original.apply(this, args); },
                    writable: false, configurable: false, enumerable: false,
                });
            };
            guard('repeat', (text, args) => text.length * Number(args[0]));
            guard('padStart', (text, args) => Number(args[0]));
            guard('padEnd', (text, args) => Number(args[0]));
        })
        """, strict: true);

    /// <summary>No expression needs an array longer than this; <c>new Array(1e8)</c> is refused at once.</summary>
    private const uint MaxArrayLength = 100_000;

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
            var engine = new Engine(o =>
            {
                o.Strict()
                    .DisableStringCompilation()
                    .TimeoutInterval(options.Timeout)
                    .LimitMemory(options.MemoryLimitBytes)
                    .LimitRecursion(options.RecursionLimit)
                    .MaxStatements(options.MaxStatements);
                // A backtracking regular expression is one native call the timeout cannot interrupt; this one can.
                o.Constraints.RegexTimeout = options.Timeout;
                o.Constraints.MaxArraySize = MaxArrayLength;
            });
            engine.Invoke(engine.Evaluate(StringGuards), options.MemoryLimitBytes / 2);
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
