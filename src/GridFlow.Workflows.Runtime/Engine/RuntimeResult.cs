namespace GridFlow.Workflows.Runtime.Engine;

/// <summary>A value, or the failure that prevented it.</summary>
public readonly record struct RuntimeResult<T>(T? Value, RuntimeFailure? Failure)
{
    public static implicit operator RuntimeResult<T>(T value) => new(value, null);

    public static implicit operator RuntimeResult<T>(RuntimeFailure failure) => new(default, failure);
}
