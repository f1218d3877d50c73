using System.ComponentModel.DataAnnotations;

namespace GridFlow.Scheduling.Options;

/// <summary>How long finished rows are kept (<c>Scheduling:Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>Sent outbox rows, fired timers, and journals of closed issues older than this are deleted.</summary>
    [Range(1, 36_500)]
    public int Days { get; set; } = 365;
}
