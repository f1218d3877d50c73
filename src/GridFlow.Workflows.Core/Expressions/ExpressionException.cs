namespace GridFlow.Workflows.Core.Expressions;

/// <summary>
/// An expression of activity <see cref="ActivityId"/> failed: it did not parse, threw, ran too long or used
/// too much memory. The one failure type of the sandbox; the runtime records it as an incident.
/// </summary>
public sealed class ExpressionException(string activityId, string message, Exception? inner = null)
    : Exception($"Expression of activity '{activityId}' failed: {message}", inner)
{
    /// <summary>The activity whose expression failed.</summary>
    public string ActivityId { get; } = activityId;

    /// <summary>The reason, without the activity prefix.</summary>
    public string Reason { get; } = message;
}
