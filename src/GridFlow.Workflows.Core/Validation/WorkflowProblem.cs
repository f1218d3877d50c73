namespace GridFlow.Workflows.Core.Validation;

/// <summary>A problem in a definition: a JSON pointer into it (e.g. <c>/root/activities/3/due</c>) and a plain message.</summary>
public sealed record WorkflowProblem(string Pointer, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}
