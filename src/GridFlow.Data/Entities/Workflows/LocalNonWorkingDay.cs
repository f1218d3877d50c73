namespace GridFlow.Data.Entities.Workflows;

/// <summary>A local day off a designer adds to the official calendar (a local holiday, a closure).</summary>
public class LocalNonWorkingDay
{
    public DateOnly Date { get; set; }

    public required string Reason { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
