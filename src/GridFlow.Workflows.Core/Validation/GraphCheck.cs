namespace GridFlow.Workflows.Core.Validation;

/// <summary>
/// Checks the shape of the flowchart: ids, Start count, connections and ports, reachability, a path to an End
/// from everywhere, and loops that could spin without a person in them.
/// </summary>
internal static class GraphCheck
{
    public static IEnumerable<WorkflowProblem> Run(Flowchart chart, IReadOnlySet<string> unreadableIds)
    {
        var problems = new List<WorkflowProblem>();
        CheckIds(chart, problems);
        CheckStarts(chart, problems);
        var edges = CheckConnections(chart, unreadableIds, problems);
        CheckPortsConnected(chart, problems);
        CheckReachability(chart, edges, problems);
        CheckAutomaticCycles(chart, edges, problems);
        return problems;
    }

    private static void CheckIds(Flowchart chart, List<WorkflowProblem> problems)
    {
        foreach (var group in chart.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            problems.AddRange(group.Skip(1).Select(a =>
                new WorkflowProblem($"{a.Pointer}/id", $"Duplicate activity id '{a.Id}' (also at {first.Pointer}).")));
        }
    }

    private static void CheckStarts(Flowchart chart, List<WorkflowProblem> problems)
    {
        var starts = chart.Activities.OfType<StartActivity>().ToList();
        if (starts.Count == 0)
        {
            problems.Add(new WorkflowProblem("/root/activities", "There is no GridFlow.Start activity; a definition needs exactly one."));
        }

        problems.AddRange(starts.Skip(1).Select(s =>
            new WorkflowProblem($"{s.Pointer}/type", $"A second GridFlow.Start ('{s.Id}'); a definition needs exactly one.")));
    }

    /// <summary>Reports bad connections and returns the good ones as edges between activities.</summary>
    private static List<(Activity From, Activity To)> CheckConnections(Flowchart chart, IReadOnlySet<string> unreadableIds, List<WorkflowProblem> problems)
    {
        var edges = new List<(Activity, Activity)>();
        foreach (var c in chart.Connections)
        {
            var pointer = $"/root/connections/{c.Index}";
            var source = chart.Find(c.Source.Activity);
            var target = chart.Find(c.Target.Activity);
            if (source is null && !unreadableIds.Contains(c.Source.Activity))
            {
                problems.Add(new WorkflowProblem($"{pointer}/source/activity", $"Connection from unknown activity '{c.Source.Activity}'."));
            }

            if (target is null && !unreadableIds.Contains(c.Target.Activity))
            {
                problems.Add(new WorkflowProblem($"{pointer}/target/activity", $"Connection to unknown activity '{c.Target.Activity}'."));
            }

            if (source is not null && !source.Outcomes.Contains(c.Source.Port))
            {
                var known = source.Outcomes.Count == 0 ? "it has none" : "its outcomes are " + string.Join(", ", source.Outcomes);
                problems.Add(new WorkflowProblem($"{pointer}/source/port", $"'{c.Source.Port}' is not an outcome of '{source.Id}' ({known})."));
            }
            else if (source is not null && target is not null)
            {
                edges.Add((source, target));
            }
        }

        return edges;
    }

    private static void CheckPortsConnected(Flowchart chart, List<WorkflowProblem> problems)
    {
        foreach (var activity in chart.Activities)
        {
            foreach (var port in activity.Outcomes.Where(p => !chart.From(activity.Id, p).Any()))
            {
                problems.Add(new WorkflowProblem(activity.Pointer, $"Outcome '{port}' of '{activity.Id}' is not connected; every path must lead to an End."));
            }
        }
    }

    private static void CheckReachability(Flowchart chart, List<(Activity From, Activity To)> edges, List<WorkflowProblem> problems)
    {
        var reachable = Closure(chart.Activities.OfType<StartActivity>(), edges.ToLookup(e => e.From, e => e.To));
        var reachesEnd = Closure(chart.Activities.OfType<EndActivity>(), edges.ToLookup(e => e.To, e => e.From));
        foreach (var activity in chart.Activities)
        {
            if (!reachable.Contains(activity))
            {
                problems.Add(new WorkflowProblem(activity.Pointer, $"'{activity.Id}' is unreachable: no path from the Start leads to it."));
            }
            else if (!reachesEnd.Contains(activity))
            {
                problems.Add(new WorkflowProblem(activity.Pointer, $"No path from '{activity.Id}' leads to an End."));
            }
        }
    }

    private static HashSet<Activity> Closure(IEnumerable<Activity> seeds, ILookup<Activity, Activity> next)
    {
        var seen = new HashSet<Activity>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Activity>(seeds);
        while (stack.TryPop(out var a))
        {
            if (seen.Add(a))
            {
                foreach (var n in next[a])
                {
                    stack.Push(n);
                }
            }
        }

        return seen;
    }

    private static void CheckAutomaticCycles(Flowchart chart, List<(Activity From, Activity To)> edges, List<WorkflowProblem> problems)
    {
        foreach (var component in StronglyConnected.Components(chart.Activities, edges))
        {
            var isCycle = component.Count > 1 || edges.Any(e => e.From == component[0] && e.To == component[0]);
            if (isCycle && !component.Any(a => a is UserTaskActivity))
            {
                var ordered = component.OrderBy(a => a.Index).ToList();
                problems.Add(new WorkflowProblem(
                    ordered[0].Pointer,
                    $"Automatic cycle through {string.Join(", ", ordered.Select(a => a.Id))}: a loop must pass through a user task."));
            }
        }
    }
}
