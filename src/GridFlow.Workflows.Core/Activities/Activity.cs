namespace GridFlow.Workflows.Core.Activities;

/// <summary>
/// A node of the flowchart. Each type declares its outcome ports; connections leave through them.
/// <see cref="Index"/> is the activity's position in <c>/root/activities</c>, for JSON pointers.
/// </summary>
public abstract record Activity
{
    /// <summary>The activity id, unique in its definition.</summary>
    public required string Id { get; init; }

    /// <summary>The index in <c>/root/activities</c>.</summary>
    public required int Index { get; init; }

    /// <summary>Where the designer draws it.</summary>
    public DesignerPosition? Position { get; init; }

    /// <summary>The type name, e.g. <c>GridFlow.UserTask</c>.</summary>
    public abstract string Type { get; }

    /// <summary>The outcome ports connections may leave from.</summary>
    public abstract IReadOnlyList<string> Outcomes { get; }

    /// <summary>The JSON pointer of this activity in its definition.</summary>
    public string Pointer => $"/root/activities/{Index}";
}
