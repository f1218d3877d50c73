namespace GridFlow.Workflows.Runtime.Options;

/// <summary>How long finished rows are kept (<c>Timers:Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>Fired timers and the journals of closed issues older than this are deleted (the outbox has its own rule).</summary>
    [Range(1, 36_500)]
    public int Days { get; set; } = 365;
}
