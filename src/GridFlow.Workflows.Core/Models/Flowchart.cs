namespace GridFlow.Workflows.Core.Models;

/// <summary>The root of a definition: activities and the connections between their ports.</summary>
public sealed record Flowchart(IReadOnlyList<Activity> Activities, IReadOnlyList<Connection> Connections)
{
    private readonly Dictionary<string, Activity> byId = Activities
        .GroupBy(a => a.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The activity with this id, or null.</summary>
    public Activity? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The connections leaving <paramref name="activityId"/> through <paramref name="port"/>.</summary>
    public IEnumerable<Connection> From(string activityId, string port) =>
        Connections.Where(c => c.Source.Activity == activityId && c.Source.Port == port);

    /// <summary>The connections arriving at <paramref name="activityId"/>.</summary>
    public IEnumerable<Connection> Into(string activityId) => Connections.Where(c => c.Target.Activity == activityId);
}
