namespace GridFlow.Workflows.Core.Validation;

/// <summary>Checks the names a definition refers to: templates, roles, statuses and declared variables.</summary>
internal static class CatalogCheck
{
    public static IEnumerable<WorkflowProblem> Run(WorkflowDefinition definition, WorkflowValidationOptions options)
    {
        var variables = definition.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var activity in definition.Root.Activities)
        {
            switch (activity)
            {
                case NotifyActivity n when n.Template.Length > 0 && !options.Templates.Contains(n.Template):
                    yield return new WorkflowProblem($"{n.Pointer}/template", $"Unknown template '{n.Template}'.");
                    break;
                case SetStatusActivity s when s.Status.Length > 0 && !options.Statuses.Contains(s.Status):
                    yield return new WorkflowProblem($"{s.Pointer}/status", $"Unknown status '{s.Status}'; known: {string.Join(", ", options.Statuses)}.");
                    break;
                case SetVariableActivity v when v.Variable.Length > 0 && !variables.Contains(v.Variable):
                    yield return new WorkflowProblem($"{v.Pointer}/variable", $"Variable '{v.Variable}' is not declared in /variables.");
                    break;
                case UserTaskActivity task:
                    if (task.Due?.AtVariable is { } at && !variables.Contains(at))
                    {
                        yield return new WorkflowProblem($"{task.Pointer}/due/at", $"Variable '{at}' is not declared in /variables.");
                    }

                    foreach (var problem in CheckRoles(definition.Source, activity, options))
                    {
                        yield return problem;
                    }

                    break;
            }
        }
    }

    // Read from the JSON rather than the model: unreadable rungs are dropped from the model, which would shift indexes.
    private static IEnumerable<WorkflowProblem> CheckRoles(JsonObject source, Activity task, WorkflowValidationOptions options)
    {
        if (source["root"]?["activities"]?[task.Index]?["escalations"] is not JsonArray ladder)
        {
            yield break;
        }

        for (var i = 0; i < ladder.Count; i++)
        {
            // A rung that is not an object was reported by the reader; indexing it by name would throw.
            if (ladder[i] is JsonObject rung && rung["role"] is JsonValue v && v.TryGetValue(out string? role) && !options.Roles.Contains(role))
            {
                yield return new WorkflowProblem($"{task.Pointer}/escalations/{i}/role", $"Unknown role '{role}'; known: {string.Join(", ", options.Roles)}.");
            }
        }
    }
}
