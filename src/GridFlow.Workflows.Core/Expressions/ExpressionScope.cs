namespace GridFlow.Workflows.Core.Expressions;

/// <summary>
/// What an expression sees: <c>issue</c> (category, severity, source, status, reportCount…) and
/// <c>variables</c>. Both are copied into plain JavaScript objects, so no CLR object is ever reachable.
/// </summary>
public sealed record ExpressionScope(IReadOnlyDictionary<string, object?> Issue, IReadOnlyDictionary<string, JsonNode?> Variables);
