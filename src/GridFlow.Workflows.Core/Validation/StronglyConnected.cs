namespace GridFlow.Workflows.Core.Validation;

/// <summary>Tarjan's strongly connected components, used to find cycles in a flowchart.</summary>
internal static class StronglyConnected
{
    public static List<List<Activity>> Components(IReadOnlyList<Activity> nodes, IEnumerable<(Activity From, Activity To)> edges)
    {
        var next = edges.ToLookup(e => e.From, e => e.To);
        var index = new Dictionary<Activity, int>(ReferenceEqualityComparer.Instance);
        var low = new Dictionary<Activity, int>(ReferenceEqualityComparer.Instance);
        var onStack = new HashSet<Activity>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Activity>();
        var result = new List<List<Activity>>();
        var counter = 0;

        void Visit(Activity v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in next[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<Activity>();
                Activity w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        // Recursion depth is bounded by the number of activities, which definitions keep small.
        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }
}
